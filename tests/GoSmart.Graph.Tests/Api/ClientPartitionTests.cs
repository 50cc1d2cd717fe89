using System.Net;
using GoSmart.Graph.Api.Limits;

namespace GoSmart.Graph.Tests.Api;

public sealed class ClientPartitionTests
{
    [Theory]
    [InlineData("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    [InlineData("198.51.100.7", "198.51.100.7/32")]
    [InlineData("::ffff:198.51.100.7", "198.51.100.7/32")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.42.0.9", "loopback")]
    [InlineData("::1", "loopback")]
    public void Of_groups_ipv6_by_64_and_loopback_as_one_host(string address, string partition)
    {
        Assert.Equal(partition, ClientPartition.Of(IPAddress.Parse(address), new ClientAddressOptions()));
    }

    [Theory]
    [InlineData("198.51.100.7", 24, "198.51.100.0/24")]
    [InlineData("2001:db8:1:2:aaaa::1", 48, "2001:db8:1::/48")]
    [InlineData("127.0.0.2", 32, "127.0.0.2/32")]
    public void Of_uses_the_configured_prefixes(string address, int prefix, string partition)
    {
        var options = new ClientAddressOptions { IPv4PrefixLength = prefix, IPv6PrefixLength = prefix, LoopbackIsOneHost = false };

        Assert.Equal(partition, ClientPartition.Of(IPAddress.Parse(address), options));
    }

    [Theory]
    [InlineData(1_000, 20_000L, 512, 1_000)]
    [InlineData(1_000, 1_024L, 512, 512)]
    [InlineData(1_000, 256L, 512, 1)]
    [InlineData(1_000, null, 512, 1_000)]
    public void Connection_limit_stays_below_the_file_descriptor_limit(int configured, long? descriptors, int reserve, int bound)
    {
        Assert.Equal(bound, FileDescriptorLimit.Bound(configured, descriptors, reserve));
    }
}
