namespace CleanPlatform.Application.Identity.RefreshTokens;

// A token presented again: the same pair within the grace window, else its family revoked; and the lookups.
public sealed partial class RefreshTokensHandler
{
    private async Task<AuthResponse> ReplayOrRevokeAsync(RefreshToken consumed, string presented, DateTimeOffset now,
        CancellationToken ct)
    {
        if (consumed.WasRotatedWithin(now, tokens.RefreshReuseGrace))
        {
            var next = secrets.SuccessorOf(presented);
            var successor = await FindAsync(next, ct);
            if (successor is { RevokedAt: null } && successor.FamilyId == consumed.FamilyId)
            {
                var account = await ActiveAccountAsync(successor.UserId, ct);
                // Issued as of the rotation, so the access token is the same one the first tab got.
                return await sessions.IssueAsync(account, next, successor.ExpiresAt, successor.CreatedAt, ct);
            }
        }

        await db.RefreshTokens.Where(t => t.FamilyId == consumed.FamilyId).RevokeAsync(updates, now, ct);
        throw Refused();
    }

    private Task<RefreshToken?> FindAsync(string token, CancellationToken ct)
    {
        var hash = secrets.Hash(token);
        return db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, ct);
    }

    private async Task<UserAccount> ActiveAccountAsync(Guid userId, CancellationToken ct)
    {
        var account = await identity.FindByIdAsync(userId, ct);
        if (account is not { IsActive: true })
            throw Refused();
        audit.ActFor(account.Id, account.Email, account.OrganizationId);
        return account;
    }

    private static UnauthorizedException Refused() =>
        new("auth.refresh_token_invalid", "The refresh token is invalid, expired or already used.");
}
