using CleanPlatform.Domain.Platform;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.Platform;

/// <summary>
/// Reads, claims and completes keys through the request's own context; the claim and the completion in
/// its transaction. A second request with the same key blocks on the unique index until the first
/// commits (then it replays) or rolls back (then it runs), and gives up after the wait: in progress.
/// </summary>
internal sealed partial class IdempotencyStore(AppDbContext db) : IIdempotencyStore
{
    public Task<IdempotencyRecord?> FindAsync(string scope, string key, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);

    public Task RemoveStaleAsync(string scope, string key, DateTimeOffset now, CancellationToken ct) =>
        db.IdempotencyRecords
            .Where(r => r.Scope == scope && r.Key == key && (r.ExpiresAt <= now || r.StatusCode == null))
            .ExecuteDeleteAsync(ct);

    public async Task<IdempotencyClaimResult> ClaimInRequestAsync(string scope, string key, string requestHash,
        DateTimeOffset now, TimeSpan wait, CancellationToken ct)
    {
        var record = IdempotencyRecord.Begin(scope, key, requestHash, now);
        IDbContextTransaction? transaction = null;
        var sqlite = db.Database.GetDbConnection() as SqliteConnection;
        var sqliteTimeout = sqlite?.DefaultTimeout;
        try
        {
            // SQLite takes its write lock at BEGIN, waiting as long as the connection's default timeout.
            if (sqlite is not null)
                sqlite.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            transaction = await db.Database.BeginTransactionAsync(ct);
            await WaitAtMostAsync(wait, ct);
            db.IdempotencyRecords.Add(record);
            await db.SaveChangesAsync(ct);
            await WaitAsUsualAsync(ct);
            return new IdempotencyClaimResult(IdempotencyClaim.Claimed, record, new RequestTransaction(transaction));
        }
        catch (Exception ex) when (Any(ex, IsUniqueViolation) || Any(ex, IsLockWaitOver))
        {
            db.ChangeTracker.Clear();
            if (transaction is not null)
                await transaction.DisposeAsync();
            return new IdempotencyClaimResult(Any(ex, IsUniqueViolation) ? IdempotencyClaim.Taken : IdempotencyClaim.Busy,
                null, null);
        }
        finally
        {
            if (sqlite is not null && sqliteTimeout is { } previous)
                sqlite.DefaultTimeout = previous;
        }
    }

    public async Task CompleteInRequestAsync(IdempotencyRecord record, int statusCode, string? contentType,
        string? body, string? location, CancellationToken ct)
    {
        record.Complete(statusCode, contentType, body, location);
        await db.SaveChangesAsync(ct);
    }
}
