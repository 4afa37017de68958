using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
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

    /// <summary>The opening match and its bookmaker stored; prices of its totals, told apart by their line.</summary>
    private static async Task<OverAt> PricesAsync(TestDatabase database)
    {
        var (organization, match, bookmaker) = await OpeningMatch.SeedAsync(database, completed: false, Ct);
        return (line, price) => OddsSnapshot.Capture(organization, match, bookmaker, MarketKind.Totals, line,
            Selection.Over, new Odds(price), OpeningMatch.KickOff, SnapshotKind.Closing);
    }
}
