using System.Net;
using Directus.Api.Throttling;

namespace Directus.Tests.Unit.Api.Throttling;

public sealed class ClientPartitionTests
{
    [TestCase("203.0.113.7", 64, "203.0.113.7")]
    [TestCase("::ffff:203.0.113.7", 64, "203.0.113.7")]
    [TestCase("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 64, "2001:db8:1:2::")]
    [TestCase("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 128, "2001:db8:1:2:aaaa:bbbb:cccc:dddd")]
    [TestCase("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 56, "2001:db8:1::")]
    [TestCase("2001:db8:1:2ff:aaaa:bbbb:cccc:dddd", 60, "2001:db8:1:2f0::")]
    [TestCase("fe80::1%2", 128, "fe80::1")]
    public void Of_GroupsTheAddress(string remote, int ipv6PrefixLength, string expected)
    {
        Assert.That(ClientPartition.Of(IPAddress.Parse(remote), ipv6PrefixLength), Is.EqualTo(IPAddress.Parse(expected)));
    }

    [Test]
    public void Of_WithoutAnAddress_IsTheSharedUnknownPartition()
    {
        Assert.That(ClientPartition.Of(null, 64), Is.EqualTo(ClientPartition.Unknown));
    }

    [TestCase("203.0.113.7", 64, "203.0.113.7")]
    [TestCase("::ffff:203.0.113.7", 64, "203.0.113.7")]
    [TestCase("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 64, "2001:db8:1:2::/64")]
    [TestCase("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 56, "2001:db8:1::/56")]
    [TestCase("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 128, "2001:db8:1:2:aaaa:bbbb:cccc:dddd/128")]
    [TestCase("::1", 64, "::/64")]
    public void Describe_ShowsIPv4AsItIsAndIPv6AsTheNetworkItCounts(string remote, int ipv6PrefixLength, string expected)
    {
        Assert.That(ClientPartition.Describe(IPAddress.Parse(remote), ipv6PrefixLength), Is.EqualTo(expected));
    }

    [Test]
    public void Describe_WithoutAnAddress_SaysItIsUnknown()
    {
        Assert.That(ClientPartition.Describe(null, 64), Is.EqualTo("(unknown address)"));
    }
}
