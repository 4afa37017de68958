using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Domain.Platform;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CleanPlatform.Infrastructure.Platform;

/// <summary>Each call uses its own short-lived context: records must outlive the request's transaction.</summary>
internal sealed class IdempotencyStore(IServiceScopeFactory scopes) : IIdempotencyStore
{
    public async Task<(bool Claimed, IdempotencyRecord Record)> ClaimAsync(string scope, string key,
        string requestHash, DateTimeOffset now, CancellationToken ct)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var existing = await FindLiveAsync(db, scope, key, now, ct);
        if (existing is not null && (existing.IsCompleted || existing.CreatedAt >= now - IdempotencyRecord.PendingLease))
            return (false, existing);

        // An expired record may linger until the purge job runs, and a first request that died with its
        // process (never completed, never released) must not block the key for a day: neither counts.
        var abandonedBefore = now - IdempotencyRecord.PendingLease;
        await db.IdempotencyRecords.Where(r => r.Scope == scope && r.Key == key
                && (r.ExpiresAt <= now || (r.StatusCode == null && r.CreatedAt < abandonedBefore)))
            .ExecuteDeleteAsync(ct);
        var record = IdempotencyRecord.Begin(scope, key, requestHash, now);
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
            return (true, record);
        }
        catch (DbUpdateException)
        {
            // Lost the race to a concurrent request with the same key: the unique index decided.
            db.ChangeTracker.Clear();
            var winner = await FindLiveAsync(db, scope, key, now, ct);
            return winner is null ? throw new InvalidOperationException("Idempotency record vanished.") : (false, winner);
        }
    }

    public async Task<IdempotencyRecord?> FindAsync(string scope, string key, CancellationToken ct)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);
    }

    public async Task CompleteAsync(Guid recordId, int statusCode, string? contentType, string? body,
        CancellationToken ct)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.IdempotencyRecords.Where(r => r.Id == recordId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.StatusCode, statusCode)
            .SetProperty(r => r.ContentType, contentType)
            .SetProperty(r => r.Body, body), ct);
    }

    public async Task ReleaseAsync(Guid recordId, CancellationToken ct)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.IdempotencyRecords.Where(r => r.Id == recordId).ExecuteDeleteAsync(ct);
    }

    private static Task<IdempotencyRecord?> FindLiveAsync(AppDbContext db, string scope, string key,
        DateTimeOffset now, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key && r.ExpiresAt > now, ct);
}
