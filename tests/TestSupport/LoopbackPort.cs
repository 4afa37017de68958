using System.Net;
using System.Net.Sockets;

namespace CleanPlatform.TestSupport;

/// <summary>Ports on loopback for test servers and for addresses where nothing listens.</summary>
public static class LoopbackPort
{
    /// <summary>A TCP port free on 127.0.0.1 right now (the kernel's pick, released before returning).</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
