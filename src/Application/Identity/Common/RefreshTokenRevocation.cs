using CleanPlatform.Application.Common.Persistence;

namespace CleanPlatform.Application.Identity.Common;

public static class RefreshTokenRevocation
{
    /// <summary>
    /// Revokes the tokens still live in one statement. Bumping the version (<see cref="AuditedUpdates"/>) makes a
    /// rotation that loaded one of them before this ran fail its concurrency check, so no successor slips through.
    /// </summary>
    public static Task<int> RevokeAsync(this IQueryable<RefreshToken> tokens, AuditedUpdates updates, DateTimeOffset now,
        CancellationToken ct) =>
        updates.ExecuteAsync(tokens.Where(t => t.RevokedAt == null), s => s.SetProperty(t => t.RevokedAt, now), ct);
}
