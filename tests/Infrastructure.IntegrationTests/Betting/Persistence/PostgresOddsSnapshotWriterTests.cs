using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Betting.Persistence;
using CleanPlatform.Infrastructure.IntegrationTests.Persistence;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.Persistence;

/// <summary>
/// The PostgreSQL writer on each of its paths: straight COPY (nothing stored), COPY that fails and falls back to the
/// staged insert (a key taken after the first row, or repeated in the batch), and the staged insert at once (the
/// first row stored).
/// </summary>
public sealed class PostgresOddsSnapshotWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset KickOff = new(2023, 8, 11, 19, 0, 0, TimeSpan.Zero);

    /// <summary>The closing price over a total of goals: one natural key per line.</summary>
    private delegate OddsSnapshot OverAt(decimal line, decimal price = 1.90m);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteAsync_NothingStored_AddsEverySnapshot()
    {
        await using var database = await TestDatabase.MigratedAsync("Postgres", Ct);
        var prices = await PricesAsync(database);

        var added = await WriteAsync(database, [prices(1.5m), prices(2.5m), prices(3.5m)]);

        added.Should().Be(3);
        (await StoredAsync(database)).Should().Equal((1.5m, 1.90m), (2.5m, 1.90m), (3.5m, 1.90m));
    }

    [Fact]
    public async Task WriteAsync_KeyStoredAfterTheFirstRow_AddsOnlyTheNewOnes()
    {
        await using var database = await TestDatabase.MigratedAsync("Postgres", Ct);
        var prices = await PricesAsync(database);
        await WriteAsync(database, [prices(2.5m, 2.10m)]);

        var added = await WriteAsync(database, [prices(1.5m), prices(2.5m), prices(3.5m)]);

        added.Should().Be(2);
        (await StoredAsync(database)).Should().Equal((1.5m, 1.90m), (2.5m, 2.10m), (3.5m, 1.90m));
    }

    [Fact]
    public async Task WriteAsync_BatchRepeatingAKey_AddsItOnceAsFirstGiven()
    {
        await using var database = await TestDatabase.MigratedAsync("Postgres", Ct);
        var prices = await PricesAsync(database);

        var added = await WriteAsync(database, [prices(1.5m), prices(2.5m, 2.10m), prices(2.5m, 2.20m)]);

        added.Should().Be(2);
        (await StoredAsync(database)).Should().Equal((1.5m, 1.90m), (2.5m, 2.10m));
    }

    [Fact]
    public async Task WriteAsync_FirstRowStored_AddsOnlyTheNewOnes()
    {
        await using var database = await TestDatabase.MigratedAsync("Postgres", Ct);
        var prices = await PricesAsync(database);
        await WriteAsync(database, [prices(1.5m, 2.10m)]);

        var added = await WriteAsync(database, [prices(1.5m), prices(2.5m)]);

        added.Should().Be(1);
        (await StoredAsync(database)).Should().Equal((1.5m, 2.10m), (2.5m, 1.90m));
    }

    private static async Task<int> WriteAsync(TestDatabase database, IReadOnlyList<OddsSnapshot> snapshots)
    {
        await using var context = database.NewContext();
        await using var transaction = await context.Database.BeginTransactionAsync(Ct);
        var added = await new PostgresOddsSnapshotWriter(context).WriteAsync(snapshots, Ct);
        await transaction.CommitAsync(Ct);
        return added;
    }

    private static async Task<List<(decimal Line, decimal Price)>> StoredAsync(TestDatabase database)
    {
        await using var context = database.NewContext();
        var stored = await context.OddsSnapshots.AsNoTracking().OrderBy(s => s.Line).ToListAsync(Ct);
        return [.. stored.Select(s => (s.Line, s.Price.Value))];
    }

    /// <summary>An organization with one match and one bookmaker; prices of its totals, told apart by their line.</summary>
    private static async Task<OverAt> PricesAsync(TestDatabase database)
    {
        await using var context = database.NewContext();
        context.Plans.Add(Plan.Define(Plan.Free, 60, 10_000));
        var organization = Organization.Open("Syndicate", Plan.Free, Now);
        var sport = Sport.Add(organization.Id, "soccer", "Football", Now);
        var competition = Competition.Add(organization.Id, sport.Id, "E0", "Premier League", Now);
        var season = Season.Add(organization.Id, competition.Id, Season.NameFor(DateOnly.FromDateTime(KickOff.UtcDateTime)), Now);
        var match = SportEvent.Schedule(organization.Id, competition.Id, season.Id, "Burnley", "Man City", KickOff,
            new DateTime(2023, 8, 11, 20, 0, 0), "Europe/London", Now);
        var bookmaker = Bookmaker.Add(organization.Id, "pinnacle", "Pinnacle", isAggregate: false, Now);
        context.AddRange(organization, sport, competition, season, match, bookmaker);
        await context.SaveChangesAsync(Ct);
        return (line, price) => OddsSnapshot.Capture(organization.Id, match.Id, bookmaker.Id, MarketKind.Totals, line,
            Selection.Over, new Odds(price), KickOff, SnapshotKind.Closing);
    }
}
