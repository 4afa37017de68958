using CleanPlatform.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Application.Identity.Common;

public static class RefreshTokenRevocation
{
    /// <summary>
    /// Revokes the tokens still live in one statement. Bumping the version makes a rotation that loaded
    /// one of them before this ran fail its concurrency check, so no successor slips through.
    /// </summary>
    public static Task<int> RevokeAsync(this IQueryable<RefreshToken> tokens, DateTimeOffset now, CancellationToken ct) =>
        tokens.Where(t => t.RevokedAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.RevokedAt, now)
            .SetProperty(t => t.Version, t => t.Version + 1), ct);
}
