using System.Security.Cryptography;
using System.Text;
using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Identity;

internal sealed class ApiKeyAuthenticator(AppDbContext db, IIdentityService identity, ISecrets secrets,
    TimeProvider time) : IApiKeyAuthenticator
{
    // Writing last-used on every request would turn reads into writes; a minute's precision is enough.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public async Task<ApiKeyCaller?> AuthenticateAsync(string presentedKey, CancellationToken ct)
    {
        var prefix = Secrets.PrefixOf(presentedKey);
        if (prefix is null)
            return null;

        var key = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (key is null || !key.IsActive || !SameHash(key.SecretHash, secrets.Hash(presentedKey)))
            return null;

        var account = await identity.FindByIdAsync(key.UserId, ct);
        var plan = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == key.OrganizationId)
            .Select(o => o.PlanCode).SingleOrDefaultAsync(ct);
        if (account is not { IsActive: true } || plan is null)
            return null;

        var now = time.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt >= LastUsedPrecision)
        {
            var staleBefore = now - LastUsedPrecision;
            await db.ApiKeys.IgnoreQueryFilters()
                .Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt <= staleBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
        }

        return new ApiKeyCaller(key.Id, key.Scopes, account, plan);
    }

    private static bool SameHash(string stored, string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(presented));
}
