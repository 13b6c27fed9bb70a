using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Directus.Api.Throttling;

/// <summary>Which client a request is counted against: its IPv4 address, or its IPv6 network of the configured prefix.</summary>
public static class ClientPartition
{
    /// <summary>Where the server cannot tell the address (a Unix socket, an in-memory test host), all such requests share one count.</summary>
    public static readonly IPAddress Unknown = IPAddress.IPv6None;

    /// <summary>The throttle's key for <paramref name="remote"/>: the IPv4 address, or the IPv6 network of <paramref name="ipv6PrefixLength"/> bits it belongs to.</summary>
    public static IPAddress Of(IPAddress? remote, int ipv6PrefixLength)
    {
        if (remote is null)
        {
            return Unknown;
        }

        if (remote.IsIPv4MappedToIPv6)
        {
            return remote.MapToIPv4();
        }

        if (remote.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return remote;
        }

        Span<byte> bytes = stackalloc byte[16];
        remote.TryWriteBytes(bytes, out _);
        for (var bit = ipv6PrefixLength; bit < 128; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        // The scope id (which interface) is dropped: it does not tell clients apart.
        return new IPAddress(bytes);
    }

    /// <summary>
    /// The partition of <paramref name="remote"/> as a log shows it: an IPv4 address as it is, an IPv6 network in CIDR
    /// form (<c>2001:db8:1:2::/64</c>), since the bare network address (<c>2001:db8:1:2::</c>, or <c>::</c> for
    /// loopback) reads like one client's address.
    /// </summary>
    public static string Describe(IPAddress? remote, int ipv6PrefixLength)
    {
        if (remote is null)
        {
            return "(unknown address)";
        }

        var partition = Of(remote, ipv6PrefixLength);
        return partition.AddressFamily == AddressFamily.InterNetworkV6
            ? $"{partition}/{ipv6PrefixLength.ToString(CultureInfo.InvariantCulture)}"
            : partition.ToString();
    }
}
