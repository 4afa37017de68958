using CleanPlatform.Application.Common.Persistence;

namespace CleanPlatform.Application.Identity.Logout;

/// <summary>Ends a session: the refresh token's family is revoked. Unknown tokens change nothing.</summary>
[Authorize, Audited("RefreshToken")]
public sealed record Logout(string RefreshToken) : ICommand;

public sealed class LogoutHandler(IIdentityDb db, ICurrentUser user, ISecrets secrets, AuditScope audit,
    AuditedUpdates updates, TimeProvider time) : ICommandHandler<Logout>
{
    public async ValueTask<Unit> Handle(Logout command, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var hash = secrets.Hash(command.RefreshToken);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash && t.UserId == userId)
            .Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(cancellationToken);
        if (familyId is { } family)
        {
            audit.EntityId = family.ToString();
            var now = time.GetUtcNow();
            await db.RefreshTokens.Where(t => t.FamilyId == family).RevokeAsync(updates, now, cancellationToken);
        }

        return Unit.Value;
    }
}
