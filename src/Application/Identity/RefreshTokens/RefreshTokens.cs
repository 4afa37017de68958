using CleanPlatform.Application.Common.Persistence;

namespace CleanPlatform.Application.Identity.RefreshTokens;

/// <summary>
/// Rotates a refresh token: the presented one is consumed and a successor issued. Presented again
/// within the grace window (another tab refreshing at the same moment) it gets the very same new pair;
/// presented after that, it was leaked, so its whole family is revoked. No family outlives its session.
/// </summary>
[Audited("RefreshToken")]
public sealed record RefreshTokens(string RefreshToken) : ICommand<AuthResponse>, IManagesOwnTransaction;

public sealed partial class RefreshTokensHandler(
    IIdentityDb db, IIdentityService identity, IAccessTokenIssuer tokens, ISecrets secrets,
    SessionIssuer sessions, AuditScope audit, AuditedUpdates updates, TimeProvider time)
    : ICommandHandler<RefreshTokens, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(RefreshTokens command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = await FindAsync(command.RefreshToken, cancellationToken) ?? throw Refused();
        audit.EntityId = current.FamilyId.ToString();

        if (current.ConsumedAt is not null)
            return await ReplayOrRevokeAsync(current, command.RefreshToken, now, cancellationToken);
        if (!current.IsUsable(now))
            throw Refused();

        var account = await ActiveAccountAsync(current.UserId, cancellationToken);
        var next = secrets.SuccessorOf(command.RefreshToken);
        var successor = current.Rotate(secrets.Hash(next), now + tokens.RefreshTokenLifetime, now);
        db.RefreshTokens.Add(successor);
        try
        {
            // One SaveChanges: consuming the old token and storing the new one commit together; the
            // version check makes a concurrent second use of the same token fail here.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request rotated the same token first: a second tab gets what the first got.
            db.ChangeTracker.Clear();
            var winner = await FindAsync(command.RefreshToken, cancellationToken) ?? throw Refused();
            return await ReplayOrRevokeAsync(winner, command.RefreshToken, now, cancellationToken);
        }

        return await sessions.IssueAsync(account, next, successor.ExpiresAt, now, cancellationToken);
    }
}
