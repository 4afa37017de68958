namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence.Numbers;

/// <summary>
/// The same wagers on every provider that runs here; sorting, summing and filtering happen in SQL and must give
/// the numeric answer, including where text order differs (9.5 against 10.25, 100 against 9.5, negatives).
/// </summary>
public abstract class NumberQueryTests : IAsyncLifetime
{
    private static readonly Wager[] Seed =
    [
        new("a", new Money(9.5m, "EUR"), new Odds(9.5m), new Percentage(19m)),
        new("b", new Money(10.25m, "EUR"), new Odds(10.25m), new Percentage(7.7m)),
        new("c", new Money(-3.75m, "EUR"), new Odds(1.5m), new Percentage(25.5m)),
        new("d", new Money(100m, "EUR"), new Odds(2m), new Percentage(100m)),
        new("e", new Money(0.01m, "EUR"), new Odds(1.444444m), new Percentage(0m)),
        new("f", new Money(1234567.89m, "EUR"), new Odds(1000m), new Percentage(5m)),
        new("g", new Money(-10m, "EUR"), new Odds(1.01m), new Percentage(0.5m)),
        new("h", new Money(2.345m, "EUR"), new Odds(1.4444445m), new Percentage(12.345678m)),
        new("i", new Money(1.234m, "KWD"), new Odds(3.333333m), new Percentage(33.333333m)),
        new("j", new Money(500m, "JPY"), new Odds(20m), new Percentage(50m)),
    ];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What the provider calls a Money amount's column type.</summary>
    protected abstract string MoneyColumnType { get; }

    public async ValueTask InitializeAsync()
    {
        await using var db = await NewDatabaseAsync();
        await db.Database.EnsureCreatedAsync(Ct);
        db.Wagers.AddRange(Seed.Select(w => new Wager(w.Label, w.Stake, w.Odds, w.Commission)));
        await db.SaveChangesAsync(Ct);
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task OrderBy_StakeAmount_SortsNumerically()
    {
        await using var db = NewContext();

        var labels = await db.Wagers.Where(w => w.Stake.Currency == "EUR")
            .OrderBy(w => w.Stake.Amount).Select(w => w.Label).ToListAsync(Ct);

        labels.Should().Equal("g", "c", "e", "h", "a", "b", "d", "f");
    }

    [Fact]
    public async Task OrderByDescending_Odds_SortsNumerically()
    {
        await using var db = NewContext();

        var labels = await db.Wagers.OrderByDescending(w => w.Odds).Select(w => w.Label).ToListAsync(Ct);

        labels.Should().Equal("f", "j", "b", "a", "i", "d", "c", "h", "e", "g");
    }

    [Fact]
    public async Task OrderBy_Commission_SortsNumerically()
    {
        await using var db = NewContext();

        var labels = await db.Wagers.OrderBy(w => w.Commission).Select(w => w.Label).ToListAsync(Ct);

        labels.Should().Equal("e", "g", "f", "b", "h", "a", "c", "i", "j", "d");
    }

    [Fact]
    public async Task Sum_StakeAmountPerCurrency_AddsExactly()
    {
        await using var db = NewContext();

        var totals = await db.Wagers.GroupBy(w => w.Stake.Currency)
            .Select(g => new { Currency = g.Key, Total = g.Sum(w => w.Stake.Amount) })
            .ToDictionaryAsync(t => t.Currency, t => t.Total, Ct);

        totals.Should().BeEquivalentTo(new Dictionary<string, decimal>
        {
            ["EUR"] = 1234676.25m,
            ["KWD"] = 1.234m,
            ["JPY"] = 500m,
        });
    }

    [Fact]
    public async Task Where_StakeAtLeastParameter_ComparesNumerically()
    {
        await using var db = NewContext();
        var least = new Money(9.5m, "EUR");

        var labels = await db.Wagers.Where(w => w.Stake.Currency == least.Currency && w.Stake.Amount >= least.Amount)
            .OrderBy(w => w.Label).Select(w => w.Label).ToListAsync(Ct);

        labels.Should().Equal("a", "b", "d", "f");
    }

    [Fact]
    public async Task Where_OddsAboveParameter_ComparesNumerically()
    {
        await using var db = NewContext();
        var shortest = new Odds(9.5m);

        var labels = await db.Wagers.Where(w => w.Odds > shortest).OrderBy(w => w.Label).Select(w => w.Label).ToListAsync(Ct);

        labels.Should().Equal("b", "f", "j");
    }

    [Fact]
    public async Task RawSql_OrderByStakeAmount_SortsNumericallyOutsideEfToo()
    {
        await using var db = NewContext();

        var labels = await db.Database.SqlQueryRaw<string>(
            """SELECT "Label" AS "Value" FROM "Wagers" WHERE "StakeCurrency" = 'EUR' ORDER BY "StakeAmount" """).ToListAsync(Ct);

        labels.Should().Equal("g", "c", "e", "h", "a", "b", "d", "f");
    }

    [Fact]
    public async Task Load_StoredWagers_ReadBackTheSameValues()
    {
        await using var db = NewContext();

        var stored = await db.Wagers.AsNoTracking().OrderBy(w => w.Label).ToListAsync(Ct);

        stored.Select(w => (w.Label, w.Stake, w.Commission)).Should().Equal(Seed.Select(w => (w.Label, w.Stake, w.Commission)));
        stored.Where(w => w.Label != "h").Select(w => w.Odds).Should().Equal(Seed.Where(w => w.Label != "h").Select(w => w.Odds));
        stored.Single(w => w.Label == "f").Stake.ToString().Should().Be("1234567.89 EUR");
    }

    [Fact]
    public async Task Save_OddsWithMoreThanSixDecimals_RoundsHalfAwayFromZero()
    {
        await using var db = NewContext();

        var odds = await db.Wagers.Where(w => w.Label == "h").Select(w => w.Odds).SingleAsync(Ct);

        odds.Should().Be(new Odds(1.444445m));
    }

    [Fact]
    public void Model_StakeAmount_HasTheProvidersFixedScaleType()
    {
        using var db = NewContext();

        NumberModel.StoreType(db, "StakeAmount").Should().Be(MoneyColumnType);
    }

    protected abstract Task<NumbersDbContext> NewDatabaseAsync();

    protected abstract NumbersDbContext NewContext();
}
