using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Bets.RecordClosingLines;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Goals;
using CleanPlatform.Domain.Common;
using static CleanPlatform.Api.FunctionalTests.Betting.BetRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting;

public abstract class RecordClosingLinesTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string RunUrl = "/api/v1/betting/closing-line-runs";

    [Fact]
    public async Task RecordClosingLines_SeasonBets_TakeTheFilesPinnacleCloseAtTheirLine()
    {
        var member = await Api.RegisterAsync(Ct);
        var bets = await Api.PlaceSeasonBetsAsync(member, Ct);

        var run = await member.Client.RunAsync<ClosingLineRunDto>(RunUrl, Ct);

        run.Should().Be(new ClosingLineRunDto(Recorded: 3, Stale: 0, WithoutClose: 2, Skipped: 0));
        var read = await member.Client.ReadBetsAsync(bets.All, Ct);
        // PSCH/PSCD/PSCA of Arsenal–Nott'm Forest and Bournemouth–West Ham; PCAHH/PCAHA of Everton–Fulham at AHCh −0.25.
        ShouldHaveClose(read[0], 1.25m, [1.19m, 8m, 16m], 0);
        ShouldHaveClose(read[1], 2.80m, [2.75m, 3.6m, 2.63m], 0);
        ShouldHaveClose(read[4], 1.95m, [2.04m, 1.88m], 1);
        // Brighton's handicap closed at −1.75, not the bet's −2.75; no over/under 1.0 market in the file.
        foreach (var bet in new[] { read[2], read[3] })
            bet.Should().BeEquivalentTo(new
            {
                ClosingOdds = (decimal?)null,
                ClvRaw = (double?)null,
                ClvFair = (double?)null,
                ClvProbability = (double?)null,
                ClosingFairProbability = (double?)null,
            });
    }

    [Fact]
    public async Task RecordClosingLines_SecondRun_ChangesNothing()
    {
        var (second, afterFirst, afterSecond) = await Api.RunTwiceOnSeasonBetsAsync<ClosingLineRunDto>(RunUrl, Ct);

        second.Should().Be(new ClosingLineRunDto(0, 0, WithoutClose: 2, 0));
        afterSecond.Should().BeEquivalentTo(afterFirst, ToTheMicrosecond);
    }

    [Fact]
    public async Task RecordClosingLines_LiveCloseOverAnHourBeforeKickOff_RecordsItFlaggedStale()
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct, count: 2);
        var fresh = await member.Client.PlaceBetAsync(Body(events.EventIds[0]), Ct);
        var stale = await member.Client.PlaceBetAsync(Body(events.EventIds[1]), Ct);
        var kickOff = Api.Time.GetUtcNow().AddMinutes(-10);
        await KickOffWithLivePricesAsync(member, events.EventIds[0], kickOff, kickOff.AddMinutes(-60));
        await KickOffWithLivePricesAsync(member, events.EventIds[1], kickOff, kickOff.AddMinutes(-61));

        var run = await member.Client.RunAsync<ClosingLineRunDto>(RunUrl, Ct);

        run.Should().Be(new ClosingLineRunDto(Recorded: 2, Stale: 1, WithoutClose: 0, Skipped: 0));
        var read = await member.Client.ReadBetsAsync([fresh, stale], Ct);
        read.Select(b => (b.ClosingOdds, b.ClosingStale)).Should().Equal((2.00m, false), (2.00m, true));
        ShouldHaveClose(read[1], 2.10m, [2.00m, 3.50m, 4.00m], 0);
    }

    [Fact]
    public async Task RecordClosingLines_HandicapMovedAQuarter_RepricesTheBetsLineAndKeepsTheRawClose()
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct);
        var handicap = Body(events.First).With("market=\"AsianHandicap\";odds=1.95");
        var moved = await member.Client.PlaceBetAsync(handicap.DeepClone().AsObject().With("line=-0.5"), Ct);
        var atClose = await member.Client.PlaceBetAsync(handicap.DeepClone().AsObject().With("line=-0.75"), Ct);
        var away = await member.Client.PlaceBetAsync(handicap.DeepClone().AsObject().With("selection=\"Away\";line=1.0"), Ct);
        await KickOffWithClosingPricesAsync(member, events.First);

        var run = await member.Client.RunAsync<ClosingLineRunDto>(RunUrl, Ct);

        run.Should().Be(new ClosingLineRunDto(Recorded: 3, Stale: 0, WithoutClose: 0, Skipped: 0));
        var read = await member.Client.ReadBetsAsync([moved, atClose, away], Ct);
        // The bet at the close's own line: the §5 close, as before.
        ShouldHaveClose(read[1], 1.95m, [2.02m, 1.88m], 0);
        read[1].Should().BeEquivalentTo(new { ClvLineRepriced = false, ClosingLine = -0.75m, RepricedFairProbability = (double?)null, ClvRepricedFair = (double?)null });
        // The moved ones: the raw close at −0.75 (+0.75 away) kept, the §5 measures undefined, the bet's line re-priced.
        var grid = GoalModelFit.Of([
            FairMarket.Devig(MarketKind.MatchResult, 0m, MarketPrices.Of([(decimal?)2.00m, 3.60m, 4.00m])),
            FairMarket.Devig(MarketKind.AsianHandicap, -0.75m, MarketPrices.Of([(decimal?)2.02m, 1.88m]))])!;
        foreach (var (bet, selection, line, closingLine, closingOdds, outcome) in new[]
                 {
                     (read[0], Selection.Home, -0.5m, -0.75m, 2.02m, 0),
                     (read[2], Selection.Away, 1.0m, 0.75m, 1.88m, 1),
                 })
        {
            var repriced = LineRepricing.FairProbability(grid, MarketKind.AsianHandicap, selection, line);
            bet.Should().BeEquivalentTo(new
            {
                ClvLineRepriced = true,
                ClosingLine = closingLine,
                ClosingOdds = closingOdds,
                ClvRaw = (double?)null,
                ClvFair = (double?)null,
                ClvProbability = (double?)null,
                ClosingStale = false,
            });
            bet.ClosingFairProbability.Should().BeApproximately(1.0 / (double)closingOdds / (1.0 / 2.02 + 1.0 / 1.88), 1e-12);
            bet.RepricedFairProbability.Should().BeApproximately(repriced, 1e-12);
            bet.ClvRepricedFair.Should().BeApproximately((1.95 * repriced) - 1.0, 1e-12);
            // An easier line than the close's is likelier to win.
            bet.RepricedFairProbability.Should().BeGreaterThan(bet.ClosingFairProbability!.Value);
        }
    }

    [Fact]
    public async Task RecordClosingLines_AsViewer_Returns403()
    {
        var (admin, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);
        var bets = await Api.PlaceSeasonBetsAsync(admin, Ct);

        var response = await viewer.Client.PostAsync(RunUrl, null, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await admin.Client.ReadBetsAsync(bets.All, Ct)).Should().OnlyContain(b => b.ClosingOdds == null);
    }

    /// <summary>Moves the event's kick-off and stores Pinnacle's live 1X2 prices (2.00/3.50/4.00) captured at <paramref name="capturedAt"/>.</summary>
    private Task<int> KickOffWithLivePricesAsync(Caller member, Guid eventId, DateTimeOffset kickOff, DateTimeOffset capturedAt) =>
        Api.InDatabaseAsync(async db =>
        {
            await db.SportEvents.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.KickOffUtc, kickOff), Ct);
            var organizationId = await Api.OrganizationIdOfAsync(member.Email, Ct);
            var pinnacle = await db.Bookmakers.SingleAsync(b => b.OrganizationId == organizationId && b.Key == "pinnacle", Ct);
            // An older, different price first: the latest one before kick-off is the close.
            db.OddsSnapshots.Add(OddsSnapshot.Capture(organizationId, eventId, pinnacle.Id, MarketKind.MatchResult, 0m,
                Selection.Home, new Odds(2.20m), capturedAt.AddHours(-1), SnapshotKind.Intermediate));
            foreach (var (selection, price) in new[] { (Selection.Home, 2.00m), (Selection.Draw, 3.50m), (Selection.Away, 4.00m) })
                db.OddsSnapshots.Add(OddsSnapshot.Capture(organizationId, eventId, pinnacle.Id, MarketKind.MatchResult, 0m,
                    selection, new Odds(price), capturedAt, SnapshotKind.Intermediate));
            return await db.SaveChangesAsync(Ct);
        });

    /// <summary>
    /// Moves the event's kick-off ten minutes back and stores Pinnacle's closing 1X2 (2.00/3.60/4.00) and Asian handicap at
    /// home −0.75 (2.02/1.88).
    /// </summary>
    private Task<int> KickOffWithClosingPricesAsync(Caller member, Guid eventId) =>
        Api.InDatabaseAsync(async db =>
        {
            var kickOff = Api.Time.GetUtcNow().AddMinutes(-10);
            await db.SportEvents.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.KickOffUtc, kickOff), Ct);
            var organizationId = await Api.OrganizationIdOfAsync(member.Email, Ct);
            var pinnacle = await db.Bookmakers.SingleAsync(b => b.OrganizationId == organizationId && b.Key == "pinnacle", Ct);
            foreach (var (market, line, selection, price) in new[]
                     {
                         (MarketKind.MatchResult, 0m, Selection.Home, 2.00m), (MarketKind.MatchResult, 0m, Selection.Draw, 3.60m),
                         (MarketKind.MatchResult, 0m, Selection.Away, 4.00m), (MarketKind.AsianHandicap, -0.75m, Selection.Home, 2.02m),
                         (MarketKind.AsianHandicap, -0.75m, Selection.Away, 1.88m),
                     })
                db.OddsSnapshots.Add(OddsSnapshot.Capture(organizationId, eventId, pinnacle.Id, market, line, selection,
                    new Odds(price), kickOff.AddMinutes(-1), SnapshotKind.Closing));
            return await db.SaveChangesAsync(Ct);
        });

    /// <summary>The bet's close is outcome <paramref name="outcome"/> of <paramref name="market"/>, its CLV as betting.md §5 defines it.</summary>
    private static void ShouldHaveClose(BetDto bet, decimal taken, decimal[] market, int outcome)
    {
        var (o, c) = ((double)taken, (double)market[outcome]);
        var fair = 1.0 / c / market.Sum(m => 1.0 / (double)m);
        bet.ClosingOdds.Should().Be(market[outcome]);
        bet.ClosingFairProbability.Should().BeApproximately(fair, 1e-12);
        bet.ClvRaw.Should().BeApproximately((o / c) - 1.0, 1e-12);
        bet.ClvFair.Should().BeApproximately((o * fair) - 1.0, 1e-12);
        bet.ClvProbability.Should().BeApproximately((1.0 / c) - (1.0 / o), 1e-12);
    }

}

[Collection(PostgresApi.Name)]
public sealed class RecordClosingLinesPostgresTests(PostgresApiFactory api) : RecordClosingLinesTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class RecordClosingLinesSqliteTests(SqliteApiFactory api) : RecordClosingLinesTests<SqliteApiFactory>(api);
