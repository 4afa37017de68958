using CleanPlatform.Application.Betting.OddsFeed;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.OddsApi;

/// <summary>The credit counters each response carries come back with the items, or with the error.</summary>
public sealed class OddsApiQuotaTests
{
    private static CancellationToken Ct => OddsApiHarness.Ct;

    [Fact]
    public async Task GetOdds_QuotaHeaders_AreReturnedWithTheItems()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer("/v4/sports/soccer_epl/odds", StubResponse.Recorded("odds-soccer_epl.json"));

        var result = await api.Feed.GetOddsAsync(OddsApiHarness.ApiKey,
            new("soccer_epl", ["uk"], [OddsFeedMarket.HeadToHead, OddsFeedMarket.Totals, OddsFeedMarket.Spreads]), Ct);

        result.Quota.Should().Be(new OddsFeedQuota(Remaining: 19997, Used: 3, Last: 3));
    }

    [Fact]
    public async Task ListSports_NoQuotaHeaders_QuotaIsUnknown()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer("/v4/sports", new StubResponse(200, StubResponse.Recording("sports.json"),
            new Dictionary<string, string>()));

        var result = await api.Feed.ListSportsAsync(OddsApiHarness.ApiKey, Ct);

        result.Quota.Should().Be(OddsFeedQuota.Unknown);
    }

    [Fact]
    public async Task ListEvents_FractionalOrBadHeader_RoundsDownOrIsNull()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer("/v4/sports/soccer_epl/events", new StubResponse(200, StubResponse.Recording("events-soccer_epl.json"),
            new Dictionary<string, string> { ["x-requests-remaining"] = "499.5", ["x-requests-used"] = "n/a", ["x-requests-last"] = "0" }));

        var result = await api.Feed.ListEventsAsync(OddsApiHarness.ApiKey, "soccer_epl", Ct);

        result.Quota.Should().Be(new OddsFeedQuota(Remaining: 499, Used: null, Last: 0));
    }

    [Fact]
    public async Task GetScores_OutOfCredits_ErrorCarriesTheQuota()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer("/v4/sports/soccer_epl/scores", new StubResponse(401,
            StubResponse.Recording("error-out-of-usage-credits.json"),
            new Dictionary<string, string> { ["x-requests-remaining"] = "0", ["x-requests-used"] = "20000" }));

        var call = () => api.Feed.GetScoresAsync(OddsApiHarness.ApiKey, new("soccer_epl"), Ct);

        (await call.Should().ThrowAsync<OddsFeedException>()).Which.Quota.Should()
            .Be(new OddsFeedQuota(Remaining: 0, Used: 20000, Last: null));
    }
}
