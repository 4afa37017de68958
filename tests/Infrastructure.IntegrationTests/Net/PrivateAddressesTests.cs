using System.Net;
using CleanPlatform.Infrastructure.Net;

namespace CleanPlatform.Infrastructure.IntegrationTests.Net;

public sealed class PrivateAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.45.3.9")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")] // cloud metadata
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456:789a::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")] // NAT64 of 169.254.169.254
    public void Contains_PrivateLoopbackOrLinkLocal_IsTrue(string address) =>
        PrivateAddresses.Contains(IPAddress.Parse(address)).Should().BeTrue();

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")] // NAT64 of 8.8.8.8
    public void Contains_PublicAddress_IsFalse(string address) =>
        PrivateAddresses.Contains(IPAddress.Parse(address)).Should().BeFalse();
}
