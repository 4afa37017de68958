using System.Security.Cryptography;
using System.Text;

namespace CleanPlatform.Infrastructure.Persistence;

/// <summary>
/// <see cref="IOrganizationLocks"/> with each database's own transaction-scoped lock: an advisory lock on
/// PostgreSQL, an application lock on SQL Server. SQLite needs none: its write transactions begin IMMEDIATE,
/// so they already run one at a time.
/// </summary>
internal sealed class OrganizationLocks(AppDbContext db) : IOrganizationLocks
{
    public Task AcquireAsync(string purpose, Guid organizationId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("An organization lock is held by a transaction: take it inside one.");
        var name = $"{purpose}:{organizationId:N}";
        return db switch
        {
            PostgresAppDbContext => db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [KeyOf(name)], ct),
            SqlServerAppDbContext => db.Database.ExecuteSqlRawAsync(SqlServerLock, [name], ct),
            _ => Task.CompletedTask,
        };
    }

    public async Task AcquireAsync(string purpose, IReadOnlyCollection<Guid> organizationIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organizationIds);
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("An organization lock is held by a transaction: take it inside one.");
        var names = organizationIds.Distinct().Select(id => $"{purpose}:{id:N}").ToList();
        switch (db)
        {
            case PostgresAppDbContext:
                // One round trip: the keys in ascending order, each lock taken before the next is asked for.
                var keys = names.Select(KeyOf).Order().ToArray();
                await db.Database.ExecuteSqlRawAsync(
                    "SELECT pg_advisory_xact_lock(k) FROM (SELECT unnest({0}::bigint[]) AS k ORDER BY k) AS ordered",
                    [keys], ct);
                break;
            case SqlServerAppDbContext:
                foreach (var name in names.Order(StringComparer.Ordinal))
                    await db.Database.ExecuteSqlRawAsync(SqlServerLock, [name], ct);
                break;
        }
    }

    /// <summary>Waits up to five minutes, then fails rather than go on without the lock.</summary>
    internal const string SqlServerLock = """
        DECLARE @result int;
        EXEC @result = sp_getapplock @Resource = {0}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 300000;
        IF @result < 0 THROW 51000, 'Timed out waiting for the organization lock.', 1;
        """;

    /// <summary>A 64-bit advisory-lock key, the same on every node (string hash codes differ between processes).</summary>
    internal static long KeyOf(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}
