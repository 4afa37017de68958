namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.OddsApi;

/// <summary>The free discovery calls: the sports list and a sport's events.</summary>
public sealed class OddsApiCatalogTests
{
    private static CancellationToken Ct => OddsApiHarness.Ct;

    [Fact]
    public async Task ListSports_Recorded_ReadsEverySport()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer("/v4/sports", StubResponse.Recorded("sports.json"));

        var sports = (await api.Feed.ListSportsAsync(OddsApiHarness.ApiKey, Ct)).Items;

        sports.Select(s => s.Key).Should().Equal("basketball_nba", "soccer_epl", "soccer_epl_winner");
        sports[1].Should().BeEquivalentTo(new
        {
            Group = "Soccer",
            Title = "EPL",
            Description = "English Premier League",
            Active = true,
            HasOutrights = false
        });
        sports[2].Should().BeEquivalentTo(new { Active = false, HasOutrights = true });
    }

    [Fact]
    public async Task ListSports_Always_AsksForOutOfSeasonSportsWithTheKey()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer("/v4/sports", StubResponse.Recorded("sports.json"));

        await api.Feed.ListSportsAsync(OddsApiHarness.ApiKey, Ct);

        api.SingleQuery().Should().Equal(new Dictionary<string, string>
        {
            ["all"] = "true",
            ["apiKey"] = OddsApiHarness.ApiKey,
        });
    }

    [Fact]
    public async Task ListEvents_Recorded_ReadsTeamsAndKickOffInUtc()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer("/v4/sports/soccer_epl/events", StubResponse.Recorded("events-soccer_epl.json"));

        var events = (await api.Feed.ListEventsAsync(OddsApiHarness.ApiKey, "soccer_epl", Ct)).Items;

        events.Should().HaveCount(3);
        events[1].Should().BeEquivalentTo(new
        {
            Id = "1f7a9c3e5b2d4f6a8c0e2b4d6f8a0c2e",
            SportKey = "soccer_epl",
            SportTitle = "EPL",
            HomeTeam = "Brighton and Hove Albion",
            AwayTeam = "Manchester United",
        });
        events[1].CommenceTime.Should().Be(new DateTimeOffset(2026, 12, 5, 17, 30, 0, TimeSpan.Zero));
        events[1].CommenceTime.Offset.Should().Be(TimeSpan.Zero);
    }
}
