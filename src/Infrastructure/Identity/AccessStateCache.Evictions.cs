using Microsoft.Extensions.Caching.Memory;

namespace CleanPlatform.Infrastructure.Identity;

// Cache keys, evicting entries (here or from another node), and storing what was loaded.
internal sealed partial class AccessStateCache
{
    public void EvictUser(Guid userId) => Evict(UserKey(userId));

    public void EvictOrganization(Guid organizationId) => Evict(OrganizationKey(organizationId));

    public void EvictApiKey(string prefix) => Evict(ApiKeyKey(prefix));

    /// <summary>Applies an eviction by its cache key (what <see cref="Evicted"/> carried), without raising it again.</summary>
    public void ApplyRemoteEviction(string key) => Forget(key);

    /// <summary>Notes that an API key was just used, so the next request need not record it again.</summary>
    public void RememberApiKeyUse(string prefix, DateTimeOffset at)
    {
        if (_cache.TryGetValue(ApiKeyKey(prefix), out ApiKeySnapshot? hit))
            Store(ApiKeyKey(prefix), hit! with { LastUsedAt = at });
    }

    private void Evict(string key)
    {
        Forget(key);
        Evicted?.Invoke(key);
    }

    private void Forget(string key)
    {
        // Users' entries do not name their organization's key: a plan change retires all of them.
        if (key.StartsWith("o:", StringComparison.Ordinal))
            Interlocked.Increment(ref _organizationEvictions);
        _evictions.AddOrUpdate(key, 1, (_, count) => count + 1);
        _cache.Remove(key);
    }

    private long EvictionsOf(string key) => _evictions.TryGetValue(key, out var count) ? count : 0;

    private void Store(string key, object value) =>
        _cache.Set(key, value, new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(options.Value.CacheSeconds),
        });

    private static string UserKey(Guid userId) => $"u:{userId:N}";

    private static string OrganizationKey(Guid organizationId) => $"o:{organizationId:N}";

    private static string ApiKeyKey(string prefix) => $"k:{prefix}";
}
