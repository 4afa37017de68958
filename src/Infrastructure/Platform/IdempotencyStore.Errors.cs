using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CleanPlatform.Infrastructure.Platform;

// What each provider says when the key is taken or the wait for its lock is over.
internal sealed partial class IdempotencyStore
{
    private static bool Any(Exception? ex, Func<Exception, bool> test)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (test(ex))
                return true;
        }

        return false;
    }

    private static bool IsUniqueViolation(Exception ex) => ex switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sql => sql.Number is 2601 or 2627,
        SqliteException lite => lite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        _ => false,
    };

    private static bool IsLockWaitOver(Exception ex) => ex switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.LockNotAvailable,
        SqlException sql => sql.Number == 1222,
        SqliteException lite => lite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        _ => false,
    };
}
