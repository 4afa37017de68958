using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.Persistence;

/// <summary>Statements on the command's own connection and transaction, which every bulk writer shares with EF.</summary>
internal sealed class TransactionCommands
{
    private TransactionCommands(DbConnection connection, DbTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>
    /// The context's connection and transaction; without a transaction a failed write could leave half its rows, so
    /// <paramref name="work"/> (<c>Odds snapshots are written</c>) says what refuses to run without one.
    /// </summary>
    public static TransactionCommands Of(AppDbContext db, string work) => new(db.Database.GetDbConnection(),
        db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException($"{work} inside the command's transaction."));

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
