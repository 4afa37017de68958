namespace CleanPlatform.Application.Identity.Common;

/// <summary>Starts a session (access token + a new refresh-token family) or continues one.</summary>
public sealed class SessionIssuer(IIdentityDb db, IAccessTokenIssuer tokens, ISecrets secrets, TimeProvider time)
{
    public async Task<AuthResponse> StartAsync(UserAccount account, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var refresh = secrets.NewToken();
        var family = RefreshToken.StartFamily(account.Id, secrets.Hash(refresh), now + tokens.RefreshTokenLifetime, now,
            now + tokens.SessionLifetime);
        db.RefreshTokens.Add(family);
        await db.SaveChangesAsync(ct);
        return await IssueAsync(account, refresh, family.ExpiresAt, now, ct);
    }

    public async Task<AuthResponse> IssueAsync(UserAccount account, string refreshToken, DateTimeOffset refreshExpiresAt,
        DateTimeOffset now, CancellationToken ct)
    {
        var planCode = await db.Organizations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Id == account.OrganizationId).Select(o => o.PlanCode).SingleOrDefaultAsync(ct)
            ?? throw new UnauthorizedException("auth.no_organization", "The account has no organization.");
        var (access, accessExpiresAt) = tokens.Issue(account, planCode, now);
        return new AuthResponse(access, accessExpiresAt, refreshToken, refreshExpiresAt);
    }
}
