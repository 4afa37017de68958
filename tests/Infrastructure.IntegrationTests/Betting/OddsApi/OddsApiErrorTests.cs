using CleanPlatform.Application.Betting.OddsFeed;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.OddsApi;

/// <summary>
/// What fails becomes an <see cref="OddsFeedException"/> of the right kind; 429 and 5xx are retried with back-off,
/// 401 and 422 never (the harness allows <see cref="OddsApiHarness.MaxRetryAttempts"/> retries, 1 ms apart).
/// </summary>
public sealed class OddsApiErrorTests
{
    private const string Sports = "/v4/sports";
    private const int EveryAttempt = OddsApiHarness.MaxRetryAttempts + 1;

    private static CancellationToken Ct => OddsApiHarness.Ct;

    [Fact]
    public async Task ListSports_InvalidKey_ThrowsInvalidKeyAfterOneCall()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer(Sports, StubResponse.Recorded("error-invalid-key.json", 401));

        var error = await FailureAsync(api);

        error.Should().BeEquivalentTo(new { Kind = OddsFeedErrorKind.InvalidKey, StatusCode = 401, ErrorCode = "INVALID_KEY" });
        api.Stub.CallsTo(Sports).Should().Be(1, "a bad key stays bad: no retry");
    }

    [Fact]
    public async Task ListSports_OutOfUsageCredits_ThrowsOutOfCreditsAfterOneCall()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer(Sports, StubResponse.Recorded("error-out-of-usage-credits.json", 401));

        var error = await FailureAsync(api);

        error.Kind.Should().Be(OddsFeedErrorKind.OutOfCredits);
        error.ErrorCode.Should().Be("OUT_OF_USAGE_CREDITS");
        api.Stub.CallsTo(Sports).Should().Be(1, "no credit comes back before the reset");
    }

    [Fact]
    public async Task GetOdds_InvalidParameter_ThrowsInvalidRequestWithTheMessageAfterOneCall()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer("/v4/sports/soccer_epl/odds", StubResponse.Recorded("error-invalid-market.json", 422));

        var call = () => api.Feed.GetOddsAsync(OddsApiHarness.ApiKey,
            new("soccer_epl", ["uk"], [OddsFeedMarket.HeadToHead]), Ct);

        var error = (await call.Should().ThrowAsync<OddsFeedException>()).Which;
        error.Kind.Should().Be(OddsFeedErrorKind.InvalidRequest);
        error.Message.Should().Contain("Invalid markets: btts. Valid markets are h2h, spreads, totals, outrights.");
        error.ErrorCode.Should().Be("INVALID_MARKET");
        api.Stub.CallsTo("/v4/sports/soccer_epl/odds").Should().Be(1, "a bad parameter is a configuration error");
    }

    [Fact]
    public async Task ListSports_RateLimitedTwice_SucceedsOnTheThirdCall()
    {
        await using var api = await OddsApiHarness.StartAsync();
        var limited = StubResponse.Recorded("error-exceeded-freq-limit.json", 429);
        api.Stub.Answer(Sports, limited, limited, StubResponse.Recorded("sports.json"));

        var result = await api.Feed.ListSportsAsync(OddsApiHarness.ApiKey, Ct);

        result.Items.Should().HaveCount(3);
        api.Stub.CallsTo(Sports).Should().Be(3);
    }

    [Fact]
    public async Task ListSports_AlwaysRateLimited_ThrowsRateLimitedAfterTheRetries()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer(Sports, StubResponse.Recorded("error-exceeded-freq-limit.json", 429));

        var error = await FailureAsync(api);

        error.Should().BeEquivalentTo(new { Kind = OddsFeedErrorKind.RateLimited, ErrorCode = "EXCEEDED_FREQ_LIMIT" });
        api.Stub.CallsTo(Sports).Should().Be(EveryAttempt);
    }

    [Fact]
    public async Task ListSports_ServerErrorAlways_ThrowsUnavailableAfterTheRetries()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer(Sports, StubResponse.Text(500, "Internal Server Error"));

        var error = await FailureAsync(api);

        error.Should().BeEquivalentTo(new { Kind = OddsFeedErrorKind.Unavailable, StatusCode = 500, ErrorCode = (string?)null });
        api.Stub.CallsTo(Sports).Should().Be(EveryAttempt);
    }

    [Fact]
    public async Task ListSports_ServerErrorOnce_SucceedsOnTheRetry()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer(Sports, StubResponse.Text(503, "Service Unavailable"), StubResponse.Recorded("sports.json"));

        var result = await api.Feed.ListSportsAsync(OddsApiHarness.ApiKey, Ct);

        result.Items.Should().HaveCount(3);
        api.Stub.CallsTo(Sports).Should().Be(2);
    }

    [Fact]
    public async Task ListSports_NothingListening_ThrowsUnavailableAfterTheRetries()
    {
        await using var api = await OddsApiHarness.StartAsync();
        await api.Stub.DisposeAsync();

        var error = await FailureAsync(api);

        error.Kind.Should().Be(OddsFeedErrorKind.Unavailable);
        error.StatusCode.Should().BeNull();
        error.InnerException.Should().BeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task ListSports_BodyNotTheDocumentedShape_ThrowsInvalidResponse()
    {
        await using var api = await OddsApiHarness.StartAsync();
        api.Stub.Answer(Sports, new StubResponse(200, """[{ "key": "soccer_epl", "title": null }]""", StubResponse.Quota));

        var error = await FailureAsync(api);

        error.Kind.Should().Be(OddsFeedErrorKind.InvalidResponse);
        api.Stub.CallsTo(Sports).Should().Be(1);
    }

    private static async Task<OddsFeedException> FailureAsync(OddsApiHarness api)
    {
        var call = () => api.Feed.ListSportsAsync(OddsApiHarness.ApiKey, Ct);
        return (await call.Should().ThrowAsync<OddsFeedException>()).Which;
    }
}
