using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
using CleanPlatform.Infrastructure.Betting.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.Persistence;

/// <summary>There is no SQL Server here: the writer's SQL and staging rows are checked against the SQL Server model.</summary>
public sealed class SqlServerOddsSnapshotWriterTests : IDisposable
{
    private readonly SqlServerAppDbContext _db = new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
        .UseSqlServer("Server=nowhere;Database=none").Options);

    private OddsSnapshotTable Table => OddsSnapshotTable.Of(_db.Model);

    private ISqlGenerationHelper Sql => _db.GetService<ISqlGenerationHelper>();

    [Fact]
    public void StagingSql_SqlServerModel_DeclaresEveryColumnOfTheTableButItsKeyWithItsStoreType()
    {
        var table = _db.Model.GetRelationalModel().FindTable("OddsSnapshots", null)!;
        var expected = table.Columns.Where(c => c.Name != "Id").Select(c => $"[{c.Name}] {c.StoreType} NOT NULL");

        var sql = SqlServerOddsSnapshotWriter.StagingSql(Table, Sql);

        sql.Should().Be("DROP TABLE IF EXISTS [#OddsSnapshotsStaging]; CREATE TABLE [#OddsSnapshotsStaging] (" +
            string.Join(", ", expected) + ");");
        sql.Should().Contain("[Line] decimal(6,2) NOT NULL").And.Contain("[CapturedAt] datetimeoffset NOT NULL")
            .And.Contain("[Market] int NOT NULL").And.Contain("[Price] decimal(");
    }

    [Fact]
    public void InsertSql_SqlServerModel_InsertsEachNaturalKeyOnceAndOnlyWhenMissing()
    {
        var key = _db.Model.FindEntityType(typeof(OddsSnapshot))!.GetIndexes().Single(i => i.IsUnique)
            .Properties.Select(p => p.GetColumnName()).ToList();
        var columns = string.Join(", ", Table.Columns.Select(c => $"[{c.Name}]"));

        var sql = SqlServerOddsSnapshotWriter.InsertSql(Table, Sql);

        sql.Should().Be(
            $"INSERT INTO [OddsSnapshots] ({columns}) SELECT {columns} FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY " +
            $"{string.Join(", ", key.Select(k => $"[{k}]"))} ORDER BY (SELECT NULL)) AS [RowNumber] FROM [#OddsSnapshotsStaging]) " +
            "AS s WHERE s.[RowNumber] = 1 AND NOT EXISTS (SELECT 1 FROM [OddsSnapshots] AS t WITH (UPDLOCK, HOLDLOCK) WHERE " +
            $"{string.Join(" AND ", key.Select(k => $"t.[{k}] = s.[{k}]"))});");
        key.Should().Equal("OrganizationId", "EventId", "BookmakerId", "Market", "Line", "Selection", "Kind", "CapturedAt");
    }

    [Fact]
    public void Rows_Snapshot_HoldWhatEfWritesInTheStagingColumnsTypes()
    {
        var capturedAt = new DateTimeOffset(2023, 8, 11, 19, 0, 0, TimeSpan.Zero);
        var snapshot = OddsSnapshot.Capture(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(),
            MarketKind.AsianHandicap, -0.25m, Selection.Away, new Odds(1.93m), capturedAt, SnapshotKind.Closing);

        using var rows = SqlServerOddsSnapshotWriter.Rows(Table, [snapshot]);

        rows.Columns.Cast<System.Data.DataColumn>().Select(c => (c.ColumnName, c.DataType)).Should().Equal(
            Table.Columns.Select(c => (c.Name, c.ProviderType)));
        var row = rows.Rows.Cast<System.Data.DataRow>().Should().ContainSingle().Subject;
        row["Market"].Should().Be((int)MarketKind.AsianHandicap);
        row["Selection"].Should().Be((int)Selection.Away);
        row["Kind"].Should().Be((int)SnapshotKind.Closing);
        row["Line"].Should().Be(-0.25m);
        row["Price"].Should().Be(1.93m);
        row["CapturedAt"].Should().Be(capturedAt);
        row["OrganizationId"].Should().Be(snapshot.OrganizationId);
    }

    public void Dispose() => _db.Dispose();
}
