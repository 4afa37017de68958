using System.Text;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.Betting.Persistence;

/// <summary>
/// SQLite: multi-row <c>INSERT OR IGNORE</c> statements in the command's transaction, parameters bound by EF's own
/// type mappings (scaled integers, UTC ticks, text ids); the unique natural key ignores rows already stored.
/// </summary>
internal sealed class SqliteOddsSnapshotWriter(AppDbContext db) : IOddsSnapshotWriter
{
    /// <summary>The bundled SQLite allows 32,766 parameters a statement; 500 rows stay far below it.</summary>
    public const int RowsPerStatement = 500;

    public const int MaxParameters = 32_766;

    public async Task<int> WriteAsync(IReadOnlyList<OddsSnapshot> snapshots, CancellationToken ct)
    {
        var (table, sql, commands) = OddsSnapshotTarget.Of(db);
        var added = 0;
        foreach (var chunk in snapshots.Chunk(RowsPerStatement))
        {
            await using var command = commands.Command(InsertSql(table, sql, chunk.Length));
            for (var row = 0; row < chunk.Length; row++)
            {
                for (var column = 0; column < table.Columns.Count; column++)
                {
                    var mapped = table.Columns[column];
                    command.Parameters.Add(mapped.Mapping.CreateParameter(command,
                        ParameterName(row, column, table), mapped.ModelValue(chunk[row]), nullable: false));
                }
            }

            added += await command.ExecuteNonQueryAsync(ct);
        }

        return added;
    }

    public static string InsertSql(OddsSnapshotTable table, ISqlGenerationHelper sql, int rows)
    {
        if (rows * table.Columns.Count > MaxParameters)
            throw new ArgumentOutOfRangeException(nameof(rows), rows, "Too many parameters for one SQLite statement.");
        var text = new StringBuilder("INSERT OR IGNORE INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema))
            .Append(" (").AppendJoin(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name))).Append(") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (")
                .AppendJoin(", ", Enumerable.Range(0, table.Columns.Count).Select(c => ParameterName(row, c, table)))
                .Append(')');
        }

        return text.Append(';').ToString();
    }

    private static string ParameterName(int row, int column, OddsSnapshotTable table) =>
        $"@p{(row * table.Columns.Count) + column}";
}
