using CleanPlatform.Infrastructure.Betting.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.Persistence;

public sealed class SqliteOddsSnapshotWriterTests
{
    [Fact]
    public void InsertSql_FullStatement_StaysWithinSqlitesParameterLimit()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);
        var table = OddsSnapshotTable.Of(db.Model);

        var sql = SqliteOddsSnapshotWriter.InsertSql(table, db.GetService<ISqlGenerationHelper>(), SqliteOddsSnapshotWriter.RowsPerStatement);

        sql.Should().StartWith("INSERT OR IGNORE INTO \"OddsSnapshots\" (\"BookmakerId\", ")
            .And.EndWith($"@p{(SqliteOddsSnapshotWriter.RowsPerStatement * table.Columns.Count) - 1});");
        (SqliteOddsSnapshotWriter.RowsPerStatement * table.Columns.Count).Should().BeLessThanOrEqualTo(SqliteOddsSnapshotWriter.MaxParameters);
        table.Columns.Select(c => c.StoreType).Should().OnlyContain(t => t == "TEXT" || t == "INTEGER");
    }
}
