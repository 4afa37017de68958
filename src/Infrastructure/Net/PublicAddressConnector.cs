using System.Net;
using System.Net.Sockets;

namespace CleanPlatform.Infrastructure.Net;

/// <summary>
/// A <see cref="SocketsHttpHandler.ConnectCallback"/> that connects only to public addresses
/// (<see cref="PrivateAddresses"/>). The check is made on the addresses the name resolves to at connection time, so
/// a name that resolves to a public address when saved and to a private one later (DNS rebinding) is still refused.
/// </summary>
public static class PublicAddressConnector
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = addresses.Where(a => !PrivateAddresses.Contains(a)).ToArray();
        if (allowed.Length == 0)
            throw new HttpRequestException(HttpRequestError.ConnectionError,
                $"{host} resolves to a private, loopback or link-local address; this server does not post there.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
