using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.Platform;

// How long a claim waits on another request's lock, per provider, and the transaction it is made in.
internal sealed partial class IdempotencyStore
{
    // How long the insert may wait for another request's uncommitted claim of the same key.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "EF1003",
        Justification = "SQL Server's SET LOCK_TIMEOUT takes no parameter; the value is an int formatted here.")]
    private async Task WaitAtMostAsync(TimeSpan wait, CancellationToken ct)
    {
        var milliseconds = Math.Max(1, (int)wait.TotalMilliseconds);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync(
                $"SELECT set_config('lock_timeout', {milliseconds.ToString(CultureInfo.InvariantCulture)}, true)", ct);
        else if (db.Database.IsSqlServer())
            await db.Database.ExecuteSqlRawAsync("SET LOCK_TIMEOUT " + milliseconds.ToString(CultureInfo.InvariantCulture), ct);
        else
            db.Database.SetCommandTimeout(TimeSpan.FromMilliseconds(milliseconds)); // SQLite's busy wait
    }

    // The command that runs next waits on locks as it always does.
    private async Task WaitAsUsualAsync(CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout TO DEFAULT", ct);
        else if (db.Database.IsSqlServer())
            await db.Database.ExecuteSqlRawAsync("SET LOCK_TIMEOUT -1", ct);
    }

    private sealed class RequestTransaction(IDbContextTransaction inner) : IUnitOfWorkTransaction
    {
        public Task CommitAsync(CancellationToken ct) => inner.CommitAsync(ct);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
