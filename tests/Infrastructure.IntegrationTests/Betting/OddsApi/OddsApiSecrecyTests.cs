using CleanPlatform.Application.Betting.OddsFeed;
using CleanPlatform.Infrastructure.Betting.OddsApi;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.OddsApi;

/// <summary>The key travels as the <c>apiKey</c> query parameter: it shows in no exception and no log line.</summary>
public sealed class OddsApiSecrecyTests
{
    private const string Sports = "/v4/sports";

    private static CancellationToken Ct => OddsApiHarness.Ct;

    public static TheoryData<int, string> Failures => new()
    {
        { 401, StubResponse.Recording("error-invalid-key.json") },
        { 401, StubResponse.Recording("error-out-of-usage-credits.json") },
        { 422, StubResponse.Recording("error-invalid-market.json") },
        { 429, StubResponse.Recording("error-exceeded-freq-limit.json") },
        { 500, "Internal Server Error" },
        { 200, "{ not json" },
        { 401, $$"""{ "message": "API key {{OddsApiHarness.ApiKey}} is not valid", "error_code": "INVALID_KEY" }""" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task ListSports_AnyFailure_NeitherExceptionNorLogHoldsTheKey(int status, string body)
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer(Sports, new StubResponse(status, body, StubResponse.Quota));

        var call = () => api.Feed.ListSportsAsync(OddsApiHarness.ApiKey, Ct);

        var error = (await call.Should().ThrowAsync<OddsFeedException>()).Which;
        error.ToString().Should().NotContain(OddsApiHarness.ApiKey);
        api.Log.Lines.Should().Contain(line => line.Contains("apiKey=" + OddsApiRedaction.Mask, StringComparison.Ordinal),
            "the failure is logged with the key masked")
            .And.NotContain(line => line.Contains(OddsApiHarness.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListSports_NothingListening_NeitherExceptionNorLogHoldsTheKey()
    {
        await using var api = await OddsApiHarness.StartAsync();
        await api.Stub.DisposeAsync();

        var call = () => api.Feed.ListSportsAsync(OddsApiHarness.ApiKey, Ct);

        (await call.Should().ThrowAsync<OddsFeedException>()).Which.ToString().Should().NotContain(OddsApiHarness.ApiKey);
        api.Log.Lines.Should().NotBeEmpty().And.NotContain(line => line.Contains(OddsApiHarness.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetOdds_Success_LogsNoKey()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer("/v4/sports/soccer_epl/odds", StubResponse.Recorded("odds-soccer_epl.json"));

        await api.Feed.GetOddsAsync(OddsApiHarness.ApiKey, new("soccer_epl", ["uk"], [OddsFeedMarket.HeadToHead]), Ct);

        api.Log.Lines.Should().Contain(line => line.Contains("/v4/sports/soccer_epl/odds", StringComparison.Ordinal),
            "the HTTP client logs its requests").And.NotContain(line => line.Contains(OddsApiHarness.ApiKey, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://api.example.test/v4/sports?all=true&apiKey=abc123", "https://api.example.test/v4/sports?all=true&apiKey=***")]
    [InlineData("v4/sports/soccer_epl/odds?apikey=abc123&regions=uk", "v4/sports/soccer_epl/odds?apikey=***&regions=uk")]
    [InlineData("v4/sports?all=true", "v4/sports?all=true")]
    public void Scrub_Url_MasksOnlyTheKey(string url, string expected) =>
        OddsApiRedaction.Scrub(url).Should().Be(expected);
}
