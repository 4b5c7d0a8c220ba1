using System.Net;
using System.Net.Sockets;

namespace Recoupe.Ingest;

/// <summary>
/// Which addresses Recoupe may fetch from. By default only public ones: a URL found in a feed or typed by a
/// user must not make the server talk to loopback, private networks, link-local (cloud metadata) or
/// other reserved ranges (SSRF). Checked on the address actually connected to, so DNS tricks do not help.
/// </summary>
public sealed record AddressPolicy(bool AllowPrivate = false)
{
    public static readonly AddressPolicy PublicOnly = new();

    public bool Allows(IPAddress address) => AllowPrivate || IsPublic(address);

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return false;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127
                || b[0] == 100 && b[1] >= 64 && b[1] <= 127          // carrier-grade NAT
                || b[0] == 169 && b[1] == 254                          // link-local, cloud metadata
                || b[0] == 172 && b[1] >= 16 && b[1] <= 31
                || b[0] == 192 && b[1] == 168
                || b[0] == 192 && b[1] == 0 && b[2] == 0
                || b[0] == 198 && (b[1] == 18 || b[1] == 19)           // benchmarking
                || b[0] >= 224);                                       // multicast, reserved, broadcast
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.Equals(IPAddress.IPv6None)) return false;
            var b = address.GetAddressBytes();
            if ((b[0] & 0xFE) == 0xFC) return false;                   // unique local fc00::/7
            return true;
        }
        return false;
    }
}
