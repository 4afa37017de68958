using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.Data.Sqlite;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence.Numbers;

public sealed class NumberQuerySqliteTests : NumberQueryTests
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"numbers-{Guid.NewGuid():N}.db");

    protected override string MoneyColumnType => "INTEGER";

    [Fact]
    public async Task Sum_StakeAmount_IsPlainSqlOnIntegers()
    {
        await using var db = NewContext();

        var sql = db.Wagers.GroupBy(w => w.Stake.Currency).Select(g => g.Sum(w => w.Stake.Amount)).ToQueryString();

        sql.Should().Contain("SUM(\"w\".\"StakeAmount\")").And.NotContain("ef_", "EF's decimal functions would mean TEXT columns");
    }

    [Fact]
    public async Task Save_Stake_StoresTheAmountTimesTenThousand()
    {
        await using var db = NewContext();

        var stored = await db.Database.SqlQueryRaw<long>("""SELECT "StakeAmount" AS "Value" FROM "Wagers" WHERE "Label" = 'b'""")
            .SingleAsync(Ct);

        stored.Should().Be(102_500);
    }

    [Fact]
    public async Task Where_OddsAboveParameter_SearchesTheIndex()
    {
        await using var db = NewContext();
        var shortest = new Odds(9.5m);
        await using var command = db.Wagers.Where(w => w.Odds > shortest).Select(w => w.Label).CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync(Ct);

        await using var plan = await command.ExecuteReaderAsync(Ct);
        var steps = new List<string>();
        while (await plan.ReadAsync(Ct))
            steps.Add(plan.GetString(plan.GetOrdinal("detail")));

        steps.Should().ContainMatch("SEARCH w USING INDEX IX_Wagers_Odds (Odds>?)", "a function such as ef_compare would scan every row");
    }

    [Fact]
    public async Task Select_StakeAmountTimesFactor_IsRefusedRatherThanScaledTwice()
    {
        await using var db = NewContext();

        var act = () => db.Wagers.Select(w => w.Stake.Amount * 2m).ToListAsync(Ct);

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*scaled integer*");
    }

    [Fact]
    public async Task Select_StakeAmountPlusStakeAmount_AddsExactly()
    {
        await using var db = NewContext();

        var doubled = await db.Wagers.Where(w => w.Label == "b").Select(w => w.Stake.Amount + w.Stake.Amount).SingleAsync(Ct);

        doubled.Should().Be(20.5m);
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return base.DisposeAsync();
    }

    protected override Task<NumbersDbContext> NewDatabaseAsync() => Task.FromResult(NewContext());

    protected override NumbersDbContext NewContext() =>
        new SqliteNumbersDbContext(new DbContextOptionsBuilder<SqliteNumbersDbContext>().UseSqlite($"Data Source={_file}")
            .AddInterceptors(ScaledIntegerArithmeticGuard.Instance).Options);
}
