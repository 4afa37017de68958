using CleanPlatform.Application.Betting.OddsFeed;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.OddsApi;

/// <summary>Scores: strings read as whole numbers, matched to the teams by name; nothing before the start.</summary>
public sealed class OddsApiScoresTests
{
    private const string Scores = "/v4/sports/soccer_epl/scores";

    private static CancellationToken Ct => OddsApiHarness.Ct;

    [Fact]
    public async Task GetScores_Completed_ReadsEachTeamsScoreByName()
    {
        var score = (await EplScoresAsync())[0];

        score.Should().BeEquivalentTo(new
        {
            Completed = true,
            HomeTeam = "Liverpool",
            AwayTeam = "Newcastle United",
            HomeScore = 3,
            AwayScore = 1,
            LastUpdate = new DateTimeOffset(2026, 11, 29, 17, 2, 44, TimeSpan.Zero),
        });
    }

    [Fact]
    public async Task GetScores_NotStarted_HasNoScoreAndNoUpdate()
    {
        var score = (await EplScoresAsync())[1];

        score.Should().BeEquivalentTo(new
        {
            Id = "8d2e3c1f0a9b4e7d6c5b4a3f2e1d0c9b",
            Completed = false,
            HomeScore = (int?)null,
            AwayScore = (int?)null,
            LastUpdate = (DateTimeOffset?)null,
        });
    }

    [Fact]
    public async Task GetScores_DaysFromAndEvents_AreSent()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer(Scores, StubResponse.Recorded("scores-soccer_epl.json"));

        await api.Feed.GetScoresAsync(OddsApiHarness.ApiKey, new("soccer_epl", DaysFrom: 3, EventIds: ["a", "b"]), Ct);

        api.SingleQuery().Should().Equal(new Dictionary<string, string>
        {
            ["daysFrom"] = "3",
            ["dateFormat"] = "iso",
            ["eventIds"] = "a,b",
            ["apiKey"] = OddsApiHarness.ApiKey,
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public async Task GetScores_DaysFromOutsideOneToThree_ThrowsWithoutCalling(int days)
    {
        await using var api = await OddsApiHarness.StartAsync();

        var call = () => api.Feed.GetScoresAsync(OddsApiHarness.ApiKey, new("soccer_epl", days), Ct);

        await call.Should().ThrowAsync<ArgumentOutOfRangeException>();
        api.Stub.Requests.Should().BeEmpty();
    }

    private static async Task<IReadOnlyList<OddsFeedEventScore>> EplScoresAsync()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer(Scores, StubResponse.Recorded("scores-soccer_epl.json"));
        return (await api.Feed.GetScoresAsync(OddsApiHarness.ApiKey, new("soccer_epl"), Ct)).Items;
    }
}
