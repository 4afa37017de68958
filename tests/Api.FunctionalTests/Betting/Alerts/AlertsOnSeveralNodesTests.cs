using static CleanPlatform.Api.FunctionalTests.Betting.Alerts.AlertRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting.Alerts;

/// <summary>Two nodes behind a load balancer: an alert delivered by one node reaches a member connected to the other.</summary>
public sealed class AlertsOnSeveralNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Alert_DeliveredOnNodeB_ReachesTheLiveClientOnNodeAThroughRedis()
    {
        var member = await nodes.A.RegisterAsync(Ct);
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = await LiveAlertsClient.ConnectAsync(nodes.A, member.Tokens.AccessToken, received, Ct);

        (await member.Client.PostAsync($"{Url}/test", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await nodes.B.DispatchOutboxAsync(Ct);

        (await received.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Should().Contain("test alert");
    }
}
