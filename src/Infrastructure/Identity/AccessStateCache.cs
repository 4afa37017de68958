using System.Collections.Concurrent;
using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Infrastructure.Identity;

/// <summary>
/// Callers' current access and API keys, kept in memory for <see cref="AccessStateOptions.CacheSeconds"/>.
/// An eviction on this node applies at once; other nodes see a change when their entry expires (or at
/// once, when the eviction reaches them through a backplane). A load that overlaps an eviction is not
/// kept, so a read of the old rows cannot outlive the change.
/// </summary>
internal sealed class AccessStateCache(IServiceScopeFactory scopes, IOptions<AccessStateOptions> options)
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
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var snapshot = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking().Where(k => k.Prefix == prefix)
            .Select(k => new ApiKeySnapshot(k.Id, k.UserId, k.OrganizationId, k.SecretHash, k.Scopes, k.RevokedAt,
                k.ExpiresAt, k.LastUsedAt))
            .SingleOrDefaultAsync(ct);
        if (snapshot is not null && EvictionsOf(key) == before)
            Store(key, snapshot);
        return snapshot;
    }

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

    public void Dispose() => _cache.Dispose();

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

    private async Task<CallerAccess?> LoadUserAsync(Guid userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Authentication is finding out who the caller is, so no organization's filter can apply yet.
        var row = await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Email,
                u.DisplayName,
                u.OrganizationId,
                u.IsPlatformAdmin,
                u.DeactivatedAt,
                u.SecurityStamp,
                Organization = db.Organizations.IgnoreQueryFilters().Where(o => o.Id == u.OrganizationId)
                    .Select(o => new { o.PlanCode, o.Name }).FirstOrDefault(),
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (row?.Organization is null)
            return null;
        var account = new UserAccount(userId, row.Email ?? "", row.DisplayName, row.OrganizationId, row.IsPlatformAdmin,
            [.. row.Roles.OfType<string>().Order(StringComparer.Ordinal)], row.DeactivatedAt is null,
            row.SecurityStamp ?? "");
        return new CallerAccess(account, row.Organization.PlanCode, row.Organization.Name);
    }

    private static string UserKey(Guid userId) => $"u:{userId:N}";

    private static string OrganizationKey(Guid organizationId) => $"o:{organizationId:N}";

    private static string ApiKeyKey(string prefix) => $"k:{prefix}";

    private sealed record UserEntry(CallerAccess Access, long Epoch);
}
