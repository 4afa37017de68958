using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CleanPlatform.Infrastructure.Betting.Persistence;

/// <summary>
/// PostgreSQL: binary COPY into a temporary staging table (dropped at commit), then one INSERT … SELECT that skips
/// the rows already stored; its row count is how many were new.
/// </summary>
internal sealed class PostgresOddsSnapshotWriter(AppDbContext db) : IOddsSnapshotWriter
{
    public const string Staging = "OddsSnapshotsStaging";

    public async Task<int> WriteAsync(IReadOnlyList<OddsSnapshot> snapshots, CancellationToken ct)
    {
        if (snapshots.Count == 0)
            return 0;
        var table = OddsSnapshotTable.Of(db.Model);
        var sql = db.GetService<ISqlGenerationHelper>();
        var commands = OddsSnapshotCommands.Of(db);
        await commands.ExecuteAsync(StagingSql(table, sql), ct);
        await using (var copy = await ((NpgsqlConnection)commands.Connection).BeginBinaryImportAsync(CopySql(table, sql), ct))
        {
            foreach (var snapshot in snapshots)
            {
                await copy.StartRowAsync(ct);
                foreach (var column in table.Columns)
                    await copy.WriteAsync(column.ProviderValue(snapshot), DataTypeName(column), ct);
            }

            await copy.CompleteAsync(ct);
        }

        return await commands.ExecuteAsync(InsertSql(table, sql), ct);
    }

    /// <summary>The staging table: the snapshots table's columns and types, for this transaction only; emptied per call.</summary>
    public static string StagingSql(OddsSnapshotTable table, ISqlGenerationHelper sql) =>
        $"CREATE TEMP TABLE IF NOT EXISTS {sql.DelimitIdentifier(Staging)} ({string.Join(", ",
            table.Columns.Select(c => $"{sql.DelimitIdentifier(c.Name)} {c.StoreType} NOT NULL"))}) ON COMMIT DROP; " +
        $"TRUNCATE {sql.DelimitIdentifier(Staging)};";

    public static string CopySql(OddsSnapshotTable table, ISqlGenerationHelper sql) =>
        $"COPY {sql.DelimitIdentifier(Staging)} ({ColumnList(table, sql)}) FROM STDIN (FORMAT BINARY)";

    public static string InsertSql(OddsSnapshotTable table, ISqlGenerationHelper sql) =>
        $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({ColumnList(table, sql)}) " +
        $"SELECT {ColumnList(table, sql)} FROM {sql.DelimitIdentifier(Staging)} ON CONFLICT DO NOTHING;";

    private static string ColumnList(OddsSnapshotTable table, ISqlGenerationHelper sql) =>
        string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name)));

    // COPY takes the type's name without its facets: numeric(9,4) is written as numeric.
    private static string DataTypeName(OddsSnapshotColumn column) =>
        column.StoreType.Split('(')[0].Trim();
}
