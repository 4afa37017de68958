using System.Net;
using System.Net.Sockets;

namespace CleanPlatform.Infrastructure.IntegrationTests.Net;

/// <summary>
/// A TCP receiver listening on a free loopback port for one test: what a refused client must never reach, and an
/// allowed one must.
/// </summary>
internal sealed class LoopbackReceiver : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public LoopbackReceiver() => _listener.Start();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Whether a connection reached the receiver and waits to be accepted.</summary>
    public bool Pending() => _listener.Pending();

    public ValueTask<TcpClient> AcceptTcpClientAsync(CancellationToken ct) => _listener.AcceptTcpClientAsync(ct);

    public void Dispose() => _listener.Stop();
}
