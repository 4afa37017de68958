using CleanPlatform.Application.Betting.OddsFeed;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.OddsApi;

/// <summary>Prices: each market mapped to its kind and each outcome to its selection by name.</summary>
public sealed class OddsApiOddsTests
{
    private const string Epl = "/v4/sports/soccer_epl/odds";
    private const string ArsenalChelsea = "8d2e3c1f0a9b4e7d6c5b4a3f2e1d0c9b";
    private const string BrightonUnited = "1f7a9c3e5b2d4f6a8c0e2b4d6f8a0c2e";

    private static readonly OddsFeedOddsRequest EplRequest = new("soccer_epl", ["uk", "eu"],
        [OddsFeedMarket.HeadToHead, OddsFeedMarket.Totals, OddsFeedMarket.Spreads]);

    private static CancellationToken Ct => OddsApiHarness.Ct;

    [Fact]
    public async Task GetOdds_SoccerHeadToHead_IsMatchResultMatchedByName()
    {
        var market = Market(await EplOddsAsync(), ArsenalChelsea, "pinnacle", MarketKind.MatchResult);

        market.Line.Should().BeNull();
        Prices(market).Should().Equal((Selection.Home, 2.1m, null), (Selection.Away, 3.6m, null), (Selection.Draw, 3.55m, null));
        market.LastUpdate.Should().Be(new DateTimeOffset(2026, 12, 1, 13, 58, 41, TimeSpan.Zero));
    }

    [Fact]
    public async Task GetOdds_OutcomesInAnotherOrder_AreMatchedByName()
    {
        var odds = await EplOddsAsync();

        Prices(Market(odds, BrightonUnited, "pinnacle", MarketKind.MatchResult)).Should()
            .Equal((Selection.Draw, 3.75m, null), (Selection.Away, 2.95m, null), (Selection.Home, 2.4m, null));
        Prices(Market(odds, BrightonUnited, "pinnacle", MarketKind.Totals)).Should()
            .Equal((Selection.Under, 2.02m, 3.0m), (Selection.Over, 1.87m, 3.0m));
        var spread = Market(odds, BrightonUnited, "pinnacle", MarketKind.Spread);
        spread.Line.Should().Be(-0.25m, "the line of a spread is the home team's handicap");
        Prices(spread).Should().Equal((Selection.Away, 1.97m, 0.25m), (Selection.Home, 1.94m, -0.25m));
    }

    [Fact]
    public async Task GetOdds_Totals_HaveTheLineAndOverUnder()
    {
        var market = Market(await EplOddsAsync(), ArsenalChelsea, "williamhill", MarketKind.Totals);

        market.Line.Should().Be(2.5m);
        Prices(market).Should().Equal((Selection.Over, 1.91m, 2.5m), (Selection.Under, 1.91m, 2.5m));
    }

    [Fact]
    public async Task GetOdds_Spreads_CarryEachTeamsPoint()
    {
        var market = Market(await EplOddsAsync(), ArsenalChelsea, "pinnacle", MarketKind.Spread);

        market.Line.Should().Be(-0.5m);
        Prices(market).Should().Equal((Selection.Home, 2.08m, -0.5m), (Selection.Away, 1.84m, 0.5m));
    }

    [Fact]
    public async Task GetOdds_TwoBookmakers_EachKeepsItsMarkets()
    {
        var arsenalChelsea = (await EplOddsAsync()).Single(e => e.Id == ArsenalChelsea);

        arsenalChelsea.Bookmakers.Select(b => (b.Key, b.Title)).Should().Equal(("pinnacle", "Pinnacle"), ("williamhill", "William Hill"));
        arsenalChelsea.Bookmakers.Should().AllSatisfy(b => b.Markets.Select(m => m.Kind).Should()
            .BeEquivalentTo([MarketKind.MatchResult, MarketKind.Totals, MarketKind.Spread]));
        arsenalChelsea.Skipped.Should().BeEmpty();
        arsenalChelsea.Bookmakers[1].LastUpdate.Should().Be(new DateTimeOffset(2026, 12, 1, 13, 57, 12, TimeSpan.Zero));
    }

    [Fact]
    public async Task GetOdds_MarketThePlatformDoesNotRead_IsReportedAsSkipped()
    {
        var brightonUnited = (await EplOddsAsync()).Single(e => e.Id == BrightonUnited);

        brightonUnited.Bookmakers.Single(b => b.Key == "betfair_ex_uk").Markets.Select(m => m.Kind).Should()
            .Equal(MarketKind.MatchResult);
        brightonUnited.Skipped.Should().ContainSingle().Which.Should()
            .BeEquivalentTo(new { Bookmaker = "betfair_ex_uk", Market = "h2h_lay" });
    }

    [Fact]
    public async Task GetOdds_TwoWayHeadToHead_IsMoneyline()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer("/v4/sports/basketball_nba/odds", StubResponse.Recorded("odds-basketball_nba.json"));

        var odds = (await api.Feed.GetOddsAsync(OddsApiHarness.ApiKey,
            new("basketball_nba", ["us"], [OddsFeedMarket.HeadToHead]), Ct)).Items;

        var market = odds.Single().Bookmakers.Single().Markets.Single();
        market.Kind.Should().Be(MarketKind.Moneyline);
        Prices(market).Should().Equal((Selection.Away, 3.3m, null), (Selection.Home, 1.36m, null));
    }

    [Fact]
    public async Task GetOdds_EveryFilter_IsSentAsDecimalOddsWithIsoDates()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer(Epl, StubResponse.Recorded("odds-soccer_epl.json"));
        var request = EplRequest with
        {
            Bookmakers = ["pinnacle", "williamhill"],
            EventIds = [ArsenalChelsea, BrightonUnited],
            CommenceTimeFrom = new DateTimeOffset(2026, 12, 5, 16, 0, 0, TimeSpan.FromHours(1)),
            CommenceTimeTo = new DateTimeOffset(2026, 12, 6, 23, 59, 59, TimeSpan.Zero),
        };

        await api.Feed.GetOddsAsync(OddsApiHarness.ApiKey, request, Ct);

        api.SingleQuery().Should().Equal(new Dictionary<string, string>
        {
            ["regions"] = "uk,eu",
            ["markets"] = "h2h,totals,spreads",
            ["oddsFormat"] = "decimal",
            ["dateFormat"] = "iso",
            ["bookmakers"] = "pinnacle,williamhill",
            ["eventIds"] = $"{ArsenalChelsea},{BrightonUnited}",
            ["commenceTimeFrom"] = "2026-12-05T15:00:00Z",
            ["commenceTimeTo"] = "2026-12-06T23:59:59Z",
            ["apiKey"] = OddsApiHarness.ApiKey,
        });
    }

    [Fact]
    public async Task GetOdds_NoMarket_ThrowsWithoutCalling()
    {
        await using var api = await OddsApiHarness.StartAsync();

        var call = () => api.Feed.GetOddsAsync(OddsApiHarness.ApiKey, EplRequest with { Markets = [] }, Ct);

        await call.Should().ThrowAsync<ArgumentException>();
        api.Stub.Requests.Should().BeEmpty();
    }

    private static async Task<IReadOnlyList<OddsFeedEventOdds>> EplOddsAsync()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer(Epl, StubResponse.Recorded("odds-soccer_epl.json"));
        return (await api.Feed.GetOddsAsync(OddsApiHarness.ApiKey, EplRequest, Ct)).Items;
    }

    private static OddsFeedMarketOdds Market(IReadOnlyList<OddsFeedEventOdds> odds, string eventId, string bookmaker,
        MarketKind kind) =>
        odds.Single(e => e.Id == eventId).Bookmakers.Single(b => b.Key == bookmaker).Markets.Single(m => m.Kind == kind);

    private static IEnumerable<(Selection, decimal, decimal?)> Prices(OddsFeedMarketOdds market) =>
        market.Prices.Select(p => (p.Selection, p.Odds.Value, p.Point));
}
