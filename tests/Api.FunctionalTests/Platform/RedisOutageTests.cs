namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>A node configured for a Redis that does not answer: it serves as one node, counting in its memory.</summary>
public sealed class RedisOutageTests(RedisOutageTests.NodeWithRedisAway fixture) : IClassFixture<RedisOutageTests.NodeWithRedisAway>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private NodeApiFactory Node => fixture.Node;

    [Fact]
    public async Task PerMinuteLimit_RedisUnreachable_HoldsOnTheNode()
    {
        var user = await Node.RegisterAsync(Ct);
        for (var i = 0; i < ApiFactory.FreeRequestsPerMinute; i++)
            (await user.Client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await user.Client.GetAsync("/api/v1/identity/me", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("code").GetString()
            .Should().Be("rate_limited");
        response.Headers.GetValues("RateLimit-Remaining").Should().Equal("0");
    }

    [Fact]
    public async Task MonthlyQuota_RedisUnreachable_HoldsOnTheNode()
    {
        var user = await Node.RegisterAsync(Ct);
        await Node.MoveToPlanAsync(user.Email, ApiFactory.ProPlan, Ct);
        for (var i = 0; i < ApiFactory.ProMonthlyQuota; i++)
            (await user.Client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await user.Client.GetAsync("/api/v1/identity/me", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("code").GetString()
            .Should().Be("quota_exhausted");
    }

    public sealed class NodeWithRedisAway : IAsyncLifetime
    {
        public NodeApiFactory Node { get; } = new(redis: RedisServer.Unreachable());

        public ValueTask InitializeAsync() => Node.InitializeAsync();

        public ValueTask DisposeAsync() => Node.DisposeAsync();
    }
}
