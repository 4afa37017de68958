using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Events;
using CleanPlatform.Infrastructure.Betting.Alerts;
using Microsoft.Extensions.Configuration;

namespace CleanPlatform.Infrastructure.IntegrationTests.Net;

/// <summary>The alerts' webhook client, as registered: private addresses refused unless the operator allows them.</summary>
public sealed class AlertWebhookAddressTests : IDisposable
{
    private readonly LoopbackReceiver _receiver = new();

    [Fact]
    public async Task Post_ToLoopbackByDefault_IsRefused()
    {
        var webhooks = Webhooks(allowPrivate: null);

        var post = () => webhooks.PostAsync(Target, Alert, TestContext.Current.CancellationToken);

        (await post.Should().ThrowAsync<HttpRequestException>()).Which.Message.Should().Contain("private, loopback or link-local");
        _receiver.Pending().Should().BeFalse();
    }

    [Fact]
    public async Task Post_ToLoopbackWhenAllowed_ReachesTheReceiver()
    {
        var webhooks = Webhooks(allowPrivate: "true");

        _ = webhooks.PostAsync(Target, Alert, TestContext.Current.CancellationToken);
        using var accepted = await _receiver.AcceptTcpClientAsync(TestContext.Current.CancellationToken);

        accepted.Connected.Should().BeTrue();
    }

    private WebhookTarget Target =>
        new(new Uri($"http://127.0.0.1:{_receiver.Port}/hook"), WebhookFormat.Discord, null, null);

    private static AlertRaised Alert =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), AlertKind.Opportunity, "Edge 12 %", DateTimeOffset.UtcNow);

    private static IAlertWebhooks Webhooks(string? allowPrivate)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:Webhooks:RetryDelay"] = "00:00:00",
            ["Alerts:Webhooks:AttemptTimeout"] = "00:00:02",
            ["Alerts:Webhooks:AllowPrivateAddresses"] = allowPrivate,
        };
        var services = new ServiceCollection().AddLogging();
        services.AddAlerts(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<IAlertWebhooks>();
    }

    public void Dispose() => _receiver.Dispose();
}
