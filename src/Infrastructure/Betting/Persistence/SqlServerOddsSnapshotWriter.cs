using System.Data;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.Betting.Persistence;

/// <summary>
/// SQL Server: SqlBulkCopy into a <c>#</c> staging table on the command's connection and transaction, then one
/// INSERT … SELECT of the rows whose natural key is not stored yet; its row count is how many were new.
/// </summary>
internal sealed class SqlServerOddsSnapshotWriter(AppDbContext db) : IOddsSnapshotWriter
{
    public const string Staging = "#OddsSnapshotsStaging";

    public async Task<int> WriteAsync(IReadOnlyList<OddsSnapshot> snapshots, CancellationToken ct)
    {
        if (snapshots.Count == 0)
            return 0;
        var (table, sql, commands) = OddsSnapshotTarget.Of(db);
        await commands.ExecuteAsync(StagingSql(table, sql), ct);
        using (var rows = Rows(table, snapshots))
        using (var bulk = new SqlBulkCopy((SqlConnection)commands.Connection, SqlBulkCopyOptions.Default,
                   (SqlTransaction)commands.Transaction)
        { DestinationTableName = Staging, BatchSize = 0 })
        {
            foreach (var column in table.Columns)
                bulk.ColumnMappings.Add(column.Name, column.Name);
            await bulk.WriteToServerAsync(rows, ct);
        }

        return await commands.ExecuteAsync(InsertSql(table, sql), ct);
    }

    /// <summary>The staging table: the snapshots table's columns and types, for this connection only; made afresh per call.</summary>
    public static string StagingSql(OddsSnapshotTable table, ISqlGenerationHelper sql) =>
        $"DROP TABLE IF EXISTS {sql.DelimitIdentifier(Staging)}; CREATE TABLE {sql.DelimitIdentifier(Staging)} (" +
        string.Join(", ", table.Columns.Select(c => $"{sql.DelimitIdentifier(c.Name)} {c.StoreType} NOT NULL")) + ");";

    /// <summary>
    /// Adds each natural key once (the first of a key the batch repeats) and only when the table lacks it; the
    /// range lock keeps a concurrent import from adding the same key between the check and the insert.
    /// </summary>
    public static string InsertSql(OddsSnapshotTable table, ISqlGenerationHelper sql)
    {
        var columns = string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name)));
        var key = string.Join(", ", table.Key.Select(c => sql.DelimitIdentifier(c.Name)));
        var matches = string.Join(" AND ", table.Key.Select(c =>
            $"t.{sql.DelimitIdentifier(c.Name)} = s.{sql.DelimitIdentifier(c.Name)}"));
        return $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) SELECT {columns} FROM (" +
            $"SELECT *, ROW_NUMBER() OVER (PARTITION BY {key} ORDER BY (SELECT NULL)) AS [RowNumber] " +
            $"FROM {sql.DelimitIdentifier(Staging)}) AS s WHERE s.[RowNumber] = 1 AND NOT EXISTS (SELECT 1 FROM " +
            $"{sql.DelimitIdentifier(table.Name, table.Schema)} AS t WITH (UPDLOCK, HOLDLOCK) WHERE {matches});";
    }

    /// <summary>The rows to copy, one column per staging column, holding what EF would write.</summary>
    public static DataTable Rows(OddsSnapshotTable table, IReadOnlyList<OddsSnapshot> snapshots)
    {
        var rows = new DataTable(Staging) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
            rows.Columns.Add(column.Name, column.ProviderType);
        foreach (var snapshot in snapshots)
            rows.Rows.Add([.. table.Columns.Select(c => c.ProviderValue(snapshot))]);
        return rows;
    }
}
