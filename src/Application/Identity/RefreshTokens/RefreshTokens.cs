using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Application.Identity.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Application.Identity.RefreshTokens;

/// <summary>
/// Rotates a refresh token: the presented one is consumed and a successor issued. A token presented
/// after it was consumed (or twice at once) was leaked, so its whole family is revoked.
/// </summary>
[Audited("RefreshToken")]
public sealed record RefreshTokens(string RefreshToken) : ICommand<AuthResponse>, IManagesOwnTransaction;

public sealed class RefreshTokensHandler(
    IAppDbContext db, IIdentityService identity, IAccessTokenIssuer tokens, ISecrets secrets,
    SessionIssuer sessions, AuditScope audit, TimeProvider time)
    : ICommandHandler<RefreshTokens, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(RefreshTokens command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = secrets.Hash(command.RefreshToken);
        var current = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)
            ?? throw Refused();
        audit.EntityId = current.FamilyId.ToString();

        if (current.ConsumedAt is not null)
            await RevokeFamilyAsync(current.FamilyId, now, cancellationToken);
        if (!current.IsUsable(now))
            throw Refused();

        var account = await identity.FindByIdAsync(current.UserId, cancellationToken);
        if (account is not { IsActive: true })
            throw Refused();
        audit.ActFor(account.Id, account.Email, account.OrganizationId);

        var next = secrets.NewToken();
        var nextExpiresAt = now + tokens.RefreshTokenLifetime;
        db.RefreshTokens.Add(current.Rotate(secrets.Hash(next), nextExpiresAt, now));
        try
        {
            // One SaveChanges: consuming the old token and storing the new one commit together; the
            // version check makes a concurrent second use of the same token fail here.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await RevokeFamilyAsync(current.FamilyId, now, cancellationToken);
            throw Refused();
        }

        return await sessions.IssueAsync(account, next, nextExpiresAt, now, cancellationToken);
    }

    private async Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken ct) =>
        await db.RefreshTokens.Where(t => t.FamilyId == familyId).RevokeAsync(now, ct);

    private static UnauthorizedException Refused() =>
        new("auth.refresh_token_invalid", "The refresh token is invalid, expired or already used.");
}
