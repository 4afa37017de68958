using System.Net;
using System.Net.Sockets;

namespace CleanPlatform.Infrastructure.Net;

/// <summary>
/// Addresses a member-supplied URL must not reach from the server: loopback, private networks (RFC 1918, IPv6 unique
/// local), link-local (cloud metadata at 169.254.169.254 among them), shared address space (RFC 6598), unspecified,
/// multicast and broadcast, and IPv4 addresses mapped into IPv6 or NAT64 of any of those.
/// </summary>
public static class PrivateAddresses
{
    public static bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
            return Contains(address.MapToIPv4());
        if (IPAddress.IsLoopback(address))
            return true;
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPrivateV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPrivateV6(address),
            _ => true,
        };
    }

    private static bool IsPrivateV4(byte[] b) =>
        b[0] is 0 or 10 or 127 or >= 224 // this network, private, loopback, multicast and reserved (240/4, broadcast)
        || (b[0] == 100 && b[1] is >= 64 and <= 127) // shared address space (carrier-grade NAT)
        || (b[0] == 169 && b[1] == 254) // link-local, cloud metadata
        || (b[0] == 172 && b[1] is >= 16 and <= 31)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 192 && b[1] == 0 && b[2] == 0) // IETF protocol assignments
        || (b[0] == 198 && b[1] is 18 or 19); // benchmarking

    private static bool IsPrivateV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
            return true;
        if ((b[0] & 0xFE) == 0xFC) // unique local fc00::/7
            return true;
        // NAT64 (64:ff9b::/96) carries an IPv4 address in its last four bytes.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
            return IsPrivateV4(b[12..]);
        return false;
    }
}
