namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence.Numbers;

/// <summary>No SQL Server runs here: the model's column types and the SQL EF generates for it are checked instead.</summary>
public sealed class NumberQuerySqlServerTests
{
    [Theory]
    [InlineData("StakeAmount", "decimal(18,4)")]
    [InlineData("StakeCurrency", "char(3)")]
    [InlineData("Odds", "decimal(18,6)")]
    [InlineData("Commission", "decimal(18,6)")]
    public void Model_NumberColumns_AreFixedScaleDecimals(string column, string storeType)
    {
        using var db = NewContext();

        NumberModel.StoreType(db, column).Should().Be(storeType);
    }

    [Fact]
    public void OrderBy_StakeAmount_SortsTheColumnInSql()
    {
        using var db = NewContext();

        var sql = db.Wagers.OrderBy(w => w.Stake.Amount).ThenByDescending(w => w.Odds).Select(w => w.Label).ToQueryString();

        sql.Should().Contain("ORDER BY [w].[StakeAmount], [w].[Odds] DESC");
    }

    [Fact]
    public void Sum_StakeAmountPerCurrency_SumsTheColumnInSql()
    {
        using var db = NewContext();

        var sql = db.Wagers.GroupBy(w => w.Stake.Currency).Select(g => new { g.Key, Total = g.Sum(w => w.Stake.Amount) }).ToQueryString();

        sql.Should().Contain("SUM([w].[StakeAmount])").And.Contain("GROUP BY [w].[StakeCurrency]");
    }

    [Fact]
    public void Where_StakeAtLeastParameter_SendsARoundedDecimalOfTheColumnsType()
    {
        using var db = NewContext();
        var least = 9.49995m;

        var sql = db.Wagers.Where(w => w.Stake.Amount >= least).Select(w => w.Label).ToQueryString();

        sql.Should().MatchRegex(@"DECLARE @least decimal\(18,4\) = 9\.50*;").And.Contain("WHERE [w].[StakeAmount] >= @least");
    }

    private static SqlServerNumbersDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqlServerNumbersDbContext>()
            .UseSqlServer("Server=localhost;Database=Numbers;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
