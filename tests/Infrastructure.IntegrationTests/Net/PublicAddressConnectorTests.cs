using CleanPlatform.Infrastructure.Net;

namespace CleanPlatform.Infrastructure.IntegrationTests.Net;

/// <summary>A client with the connector refuses a receiver on loopback, by address or by name, before connecting.</summary>
public sealed class PublicAddressConnectorTests : IDisposable
{
    private readonly LoopbackReceiver _receiver = new();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Post_ToLoopback_IsRefusedWithoutConnecting(string host)
    {
        var port = _receiver.Port;
        using var client = new HttpClient(new SocketsHttpHandler { ConnectCallback = PublicAddressConnector.ConnectAsync });

        var post = () => client.PostAsync($"http://{host}:{port}/hook", new StringContent("{}"), TestContext.Current.CancellationToken);

        (await post.Should().ThrowAsync<HttpRequestException>()).Which.Message.Should().Contain("private, loopback or link-local");
        _receiver.Pending().Should().BeFalse("nothing reached the receiver");
    }

    [Fact]
    public async Task Post_WithoutTheConnector_ReachesTheReceiver()
    {
        var port = _receiver.Port;
        using var client = new HttpClient(new SocketsHttpHandler()) { Timeout = TimeSpan.FromSeconds(2) };

        var post = client.PostAsync($"http://127.0.0.1:{port}/hook", new StringContent("{}"), TestContext.Current.CancellationToken);
        using var accepted = await _receiver.AcceptTcpClientAsync(TestContext.Current.CancellationToken);

        accepted.Connected.Should().BeTrue("the refusal above is the connector's, not the network's");
        await post.ContinueWith(_ => { }, TestContext.Current.CancellationToken);
    }

    public void Dispose() => _receiver.Dispose();
}
