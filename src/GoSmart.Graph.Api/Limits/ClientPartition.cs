using System.Net;
using System.Net.Sockets;

namespace GoSmart.Graph.Api.Limits;

/// <summary>The client an address belongs to, as a key for budgets and connection limits: its network prefix.</summary>
public static class ClientPartition
{
    public const string Loopback = "loopback";
    public const string Unknown = "unknown";

    /// <summary>
    /// <c>loopback</c> for 127.0.0.0/8 and ::1 (when they are one host), else the address masked to its
    /// family's prefix, e.g. <c>2001:db8:1:2::/64</c> or <c>198.51.100.7/32</c>; an IPv4-mapped IPv6 address counts as IPv4.
    /// </summary>
    public static string Of(IPAddress? address, ClientAddressOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (options.LoopbackIsOneHost && IPAddress.IsLoopback(address))
        {
            return Loopback;
        }

        var prefix = address.AddressFamily == AddressFamily.InterNetworkV6
            ? Math.Clamp(options.IPv6PrefixLength, 0, 128)
            : Math.Clamp(options.IPv4PrefixLength, 0, 32);
        var bytes = address.GetAddressBytes();
        for (var bit = prefix; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        // A scope id (fe80::1%eth0) is not part of the network.
        return $"{new IPAddress(bytes)}/{prefix}";
    }
}
