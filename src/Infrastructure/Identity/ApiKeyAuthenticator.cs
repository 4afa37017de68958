using System.Security.Cryptography;
using System.Text;

namespace CleanPlatform.Infrastructure.Identity;

/// <summary>
/// Resolves a key through the access cache (no database round trip in the common case): the key must be
/// neither revoked nor expired, and its user active now. Its last use is noted in memory and written later.
/// </summary>
internal sealed class ApiKeyAuthenticator(AccessStateCache cache, ApiKeyUses uses, ISecrets secrets,
    TimeProvider time) : IApiKeyAuthenticator
{
    public async Task<ApiKeyCaller?> AuthenticateAsync(string presentedKey, CancellationToken ct)
    {
        var prefix = Secrets.PrefixOf(presentedKey);
        if (prefix is null)
            return null;

        var now = time.GetUtcNow();
        var key = await cache.GetApiKeyAsync(prefix, ct);
        if (key is null || !key.IsUsableAt(now) || !SameHash(key.SecretHash, secrets.Hash(presentedKey)))
            return null;

        var access = await cache.GetAsync(key.UserId, ct);
        if (access is not { Account.IsActive: true } || access.Account.OrganizationId != key.OrganizationId)
            return null;

        if (key.LastUsedAt is null || now - key.LastUsedAt >= ApiKeyUses.Precision)
        {
            cache.RememberApiKeyUse(prefix, now);
            uses.Record(key.Id, now);
        }

        return new ApiKeyCaller(key.Id, key.Scopes, access.Account, access.PlanCode);
    }

    private static bool SameHash(string stored, string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(presented));
}
