using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CleanPlatform.Infrastructure.Betting.Persistence;

/// <summary>
/// PostgreSQL: binary COPY into a temporary staging table (dropped at commit), then one INSERT … SELECT that skips
/// the rows already stored; its row count is how many were new. A batch whose first row is not stored yet (a first
/// import) is first copied straight into the table, under a savepoint: if no row's natural key is taken, that was the
/// whole job at the speed of a plain COPY; if one is, the savepoint takes the rows back and the staged path runs.
/// </summary>
internal sealed class PostgresOddsSnapshotWriter(AppDbContext db) : IOddsSnapshotWriter
{
    public const string Staging = "OddsSnapshotsStaging";

    public const string Savepoint = "OddsSnapshotsCopy";

    // Per model (one per provider context): compiling the columns' getters costs more than writing a small batch.
    private static readonly ConditionalWeakTable<IModel, ColumnWriter[]> ColumnWriters = [];

    public async Task<int> WriteAsync(IReadOnlyList<OddsSnapshot> snapshots, CancellationToken ct)
    {
        if (snapshots.Count == 0)
            return 0;
        var (table, sql, commands) = OddsSnapshotTarget.Of(db);
        var columns = ColumnWriters.GetValue(db.Model, _ => [.. table.Columns.Select(ColumnWriter.For)]);
        if (!await IsStoredAsync(commands, table, sql, snapshots[0], ct) &&
            await TryCopyIntoTableAsync(commands, columns, CopyIntoTableSql(table, sql), snapshots, ct))
            return snapshots.Count;

        await commands.ExecuteAsync(StagingSql(table, sql), ct);
        await CopyAsync(commands, columns, CopySql(table, sql), snapshots, ct);
        return await commands.ExecuteAsync(InsertSql(table, sql), ct);
    }

    /// <summary>The staging table: the snapshots table's columns and types, for this transaction only; emptied per call.</summary>
    public static string StagingSql(OddsSnapshotTable table, ISqlGenerationHelper sql) =>
        $"CREATE TEMP TABLE IF NOT EXISTS {sql.DelimitIdentifier(Staging)} ({string.Join(", ",
            table.Columns.Select(c => $"{sql.DelimitIdentifier(c.Name)} {c.StoreType} NOT NULL"))}) ON COMMIT DROP; " +
        $"TRUNCATE {sql.DelimitIdentifier(Staging)};";

    public static string CopySql(OddsSnapshotTable table, ISqlGenerationHelper sql) =>
        $"COPY {sql.DelimitIdentifier(Staging)} ({ColumnList(table, sql)}) FROM STDIN (FORMAT BINARY)";

    /// <summary>COPY straight into the snapshots table: fails on the first natural key already taken.</summary>
    public static string CopyIntoTableSql(OddsSnapshotTable table, ISqlGenerationHelper sql) =>
        $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({ColumnList(table, sql)}) FROM STDIN (FORMAT BINARY)";

    public static string InsertSql(OddsSnapshotTable table, ISqlGenerationHelper sql) =>
        $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({ColumnList(table, sql)}) " +
        $"SELECT {ColumnList(table, sql)} FROM {sql.DelimitIdentifier(Staging)} ON CONFLICT DO NOTHING;";

    /// <summary>Whether one snapshot's natural key is stored: one probe of the unique index.</summary>
    public static string IsStoredSql(OddsSnapshotTable table, ISqlGenerationHelper sql) =>
        $"SELECT EXISTS (SELECT 1 FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE " +
        $"{string.Join(" AND ", table.Key.Select((c, i) => $"{sql.DelimitIdentifier(c.Name)} = @k{i}"))});";

    // A re-import finds its batch's first row stored and goes to the staged path at once, rather than streaming the
    // whole batch into a COPY that fails on that row.
    private static async Task<bool> IsStoredAsync(TransactionCommands commands, OddsSnapshotTable table,
        ISqlGenerationHelper sql, OddsSnapshot snapshot, CancellationToken ct)
    {
        await using var command = commands.Command(IsStoredSql(table, sql));
        for (var i = 0; i < table.Key.Count; i++)
            command.Parameters.Add(new NpgsqlParameter($"k{i}", table.Key[i].ProviderValue(snapshot)));
        return await command.ExecuteScalarAsync(ct) is true;
    }

    // The savepoint keeps a failed COPY from aborting the command's transaction. A key taken by the batch itself, by
    // an earlier import or by a concurrent one (COPY waits for it to end, as ON CONFLICT does) fails the COPY, which
    // leaves nothing behind; the staged path then adds what is new, exactly as if it had run alone.
    private static async Task<bool> TryCopyIntoTableAsync(TransactionCommands commands, ColumnWriter[] columns,
        string copySql, IReadOnlyList<OddsSnapshot> snapshots, CancellationToken ct)
    {
        await commands.Transaction.SaveAsync(Savepoint, ct);
        try
        {
            await CopyAsync(commands, columns, copySql, snapshots, ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await commands.Transaction.RollbackAsync(Savepoint, ct);
            return false;
        }

        await commands.Transaction.ReleaseAsync(Savepoint, ct);
        return true;
    }

    private static async Task CopyAsync(TransactionCommands commands, ColumnWriter[] columns, string copySql,
        IReadOnlyList<OddsSnapshot> snapshots, CancellationToken ct)
    {
        await using var copy = await ((NpgsqlConnection)commands.Connection).BeginBinaryImportAsync(copySql, ct);
        foreach (var snapshot in snapshots)
        {
            await copy.StartRowAsync(ct);
            foreach (var column in columns)
                await column.WriteAsync(copy, snapshot, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static string ColumnList(OddsSnapshotTable table, ISqlGenerationHelper sql) =>
        string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name)));

    // COPY takes the type's name without its facets: numeric(9,4) is written as numeric.
    private static string DataTypeName(OddsSnapshotColumn column) =>
        column.StoreType.Split('(')[0].Trim();

    /// <summary>
    /// Writes one column of a row with its value read and converted as EF would (<see cref="OddsSnapshotColumn.ProviderValue"/>),
    /// but compiled and typed: a boxed value per column and row costs as much as the rest of the COPY's client side.
    /// </summary>
    private abstract class ColumnWriter
    {
        public abstract Task WriteAsync(NpgsqlBinaryImporter copy, OddsSnapshot snapshot, CancellationToken ct);

        public static ColumnWriter For(OddsSnapshotColumn column) => (ColumnWriter)(Activator.CreateInstance(
            typeof(ColumnWriter<>).MakeGenericType(column.ProviderType), column)
            ?? throw new InvalidOperationException($"No writer for column {column.Name}."));
    }

    private sealed class ColumnWriter<T>(OddsSnapshotColumn column) : ColumnWriter
    {
        private readonly Func<OddsSnapshot, T> _value = Getter(column);
        private readonly string _dataTypeName = DataTypeName(column);

        public override Task WriteAsync(NpgsqlBinaryImporter copy, OddsSnapshot snapshot, CancellationToken ct) =>
            copy.WriteAsync(_value(snapshot), _dataTypeName, ct);

        // snapshot => (T)converter(snapshot.Property), the cast turning an enum into its number.
        private static Func<OddsSnapshot, T> Getter(OddsSnapshotColumn column)
        {
            var snapshot = Expression.Parameter(typeof(OddsSnapshot), "snapshot");
            Expression value = Expression.Property(snapshot, column.Property.PropertyInfo
                ?? throw new InvalidOperationException($"{column.Property.Name} is not a CLR property."));
            if (column.Mapping.Converter is { } converter)
                value = Expression.Invoke(converter.ConvertToProviderExpression, value);
            if (value.Type != typeof(T))
                value = Expression.Convert(value, typeof(T));
            return Expression.Lambda<Func<OddsSnapshot, T>>(value, snapshot).Compile();
        }
    }
}
