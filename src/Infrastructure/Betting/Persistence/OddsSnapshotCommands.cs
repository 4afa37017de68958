using System.Data.Common;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.Betting.Persistence;

/// <summary>Statements on the command's own connection and transaction, which every bulk writer shares with EF.</summary>
internal sealed class OddsSnapshotCommands
{
    private OddsSnapshotCommands(DbConnection connection, DbTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>The context's connection and transaction; without a transaction a failed import could leave half its rows.</summary>
    public static OddsSnapshotCommands Of(AppDbContext db) => new(db.Database.GetDbConnection(),
        db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("Odds snapshots are written inside the command's transaction."));

    public DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = Command(sql);
        return await command.ExecuteNonQueryAsync(ct);
    }
}
