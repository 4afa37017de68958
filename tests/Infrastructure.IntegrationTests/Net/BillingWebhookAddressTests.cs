using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Infrastructure.Billing;
using Microsoft.Extensions.Configuration;

namespace CleanPlatform.Infrastructure.IntegrationTests.Net;

/// <summary>The outgoing billing webhooks' poster, as registered: private addresses refused unless the operator allows them.</summary>
public sealed class BillingWebhookAddressTests : IDisposable
{
    private readonly LoopbackReceiver _receiver = new();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Post_ToLoopbackByDefault_IsAnAttemptThatFailedWithoutConnecting(string host)
    {
        var poster = Poster(allowPrivate: null);

        var result = await poster.PostAsync(new Uri($"http://{host}:{_receiver.Port}/hook"), "{}", "t=1,v1=00",
            TestContext.Current.CancellationToken);

        result.StatusCode.Should().BeNull();
        result.Error.Should().Contain("private, loopback or link-local");
        _receiver.Pending().Should().BeFalse();
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://192.168.0.1/")]
    public async Task Post_ToPrivateOrLinkLocalAddresses_IsRefused(string url)
    {
        var result = await Poster(allowPrivate: null).PostAsync(new Uri(url), "{}", "t=1,v1=00", TestContext.Current.CancellationToken);

        result.Should().BeEquivalentTo(new { StatusCode = (int?)null });
        result.Error.Should().Contain("private, loopback or link-local");
    }

    [Fact]
    public async Task Post_ToLoopbackWhenAllowed_ReachesTheReceiver()
    {
        var poster = Poster(allowPrivate: "true");

        _ = poster.PostAsync(new Uri($"http://127.0.0.1:{_receiver.Port}/hook"), "{}", "t=1,v1=00", TestContext.Current.CancellationToken);
        using var accepted = await _receiver.AcceptTcpClientAsync(TestContext.Current.CancellationToken);

        accepted.Connected.Should().BeTrue();
    }

    private static IWebhookPoster Poster(string? allowPrivate)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Billing:Webhooks:Timeout"] = "00:00:02",
            ["Billing:Webhooks:AllowPrivateAddresses"] = allowPrivate,
        };
        var services = new ServiceCollection().AddLogging();
        services.AddWebhookDelivery(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<IWebhookPoster>();
    }

    public void Dispose() => _receiver.Dispose();
}
