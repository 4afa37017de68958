using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace CleanPlatform.Infrastructure.Identity;

/// <summary>
/// Callers' current access and API keys, kept in memory for <see cref="AccessStateOptions.CacheSeconds"/>.
/// An eviction on this node applies at once; other nodes see a change when their entry expires (or at
/// once, when the eviction reaches them through a backplane). A load that overlaps an eviction is not
/// kept, so a read of the old rows cannot outlive the change.
/// </summary>
internal sealed partial class AccessStateCache(OwnContexts contexts, IOptions<AccessStateOptions> options)
    : IAccessStateCache, IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxEntries });
    private readonly ConcurrentDictionary<string, long> _evictions = new(StringComparer.Ordinal);
    private long _organizationEvictions;

    /// <summary>Raised after each local eviction, with the cache key, so a backplane can tell other nodes.</summary>
    public event Action<string>? Evicted;

    public async ValueTask<CallerAccess?> GetAsync(Guid userId, CancellationToken ct)
    {
        var key = UserKey(userId);
        var epoch = Interlocked.Read(ref _organizationEvictions);
        if (_cache.TryGetValue(key, out UserEntry? hit) && hit!.Epoch == epoch)
            return hit.Access;

        var before = EvictionsOf(key);
        var access = await LoadUserAsync(userId, ct);
        if (access is not null && EvictionsOf(key) == before && Interlocked.Read(ref _organizationEvictions) == epoch)
            Store(key, new UserEntry(access, epoch));
        return access;
    }

    public async ValueTask<ApiKeySnapshot?> GetApiKeyAsync(string prefix, CancellationToken ct)
    {
        var key = ApiKeyKey(prefix);
        if (_cache.TryGetValue(key, out ApiKeySnapshot? hit))
            return hit;

        var before = EvictionsOf(key);
        await using var db = contexts.AcrossOrganizations("Authentication");
        var snapshot = await db.ApiKeys.AsNoTracking().Where(k => k.Prefix == prefix)
            .Select(k => new ApiKeySnapshot(k.Id, k.UserId, k.OrganizationId, k.SecretHash, k.Scopes, k.RevokedAt,
                k.ExpiresAt, k.LastUsedAt))
            .SingleOrDefaultAsync(ct);
        if (snapshot is not null && EvictionsOf(key) == before)
            Store(key, snapshot);
        return snapshot;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record UserEntry(CallerAccess Access, long Epoch);
}
