using System.Text;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>shared/domain/billing.md §6, §12 (vectors #23–#24) and §15: signing and verifying webhook bodies.</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test_4eC39HqLyjWDarjtT1zdp7dc";
    private const long T = 1767225600; // 2026-01-01T00:00:00Z
    private const string Expected = "990e53c5905c1f8c76c8d6c3b95af24b05c7278e8db80632586dfa0ccd11ce8f";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"evt_001","type":"invoice.paid"}""");
    private static readonly string Header = $"t={T},v1={new string('0', 64)},v1={Expected}";

    [Fact]
    public void Sign_FixedSecretTimeAndBody_IsTheVector() => WebhookSignature.Sign(Secret, T, Body).Should().Be(Expected); // #23

    [Theory]
    [InlineData(299, true)]
    [InlineData(301, false)]
    [InlineData(-299, true)]
    [InlineData(-301, false)]
    public void Verify_TwoV1Values_WithinTolerance(int secondsLater, bool valid) =>
        WebhookSignature.Verify(Header, Body, [Secret], At(T + secondsLater)).Should().Be(valid); // #24

    [Fact]
    public void Verify_BodyWithAnExtraSpace_IsRefused()
    {
        var changed = Encoding.UTF8.GetBytes("""{"id": "evt_001","type":"invoice.paid"}""");

        WebhookSignature.Verify(Header, changed, [Secret], At(T)).Should().BeFalse(); // #24
    }

    [Fact]
    public void Verify_DuringRotation_EitherSecretMatches()
    {
        var header = WebhookSignature.Header(["whsec_new", Secret], At(T), Body);

        header.Should().Be($"t={T},v1={WebhookSignature.Sign("whsec_new", T, Body)},v1={Expected}");
        WebhookSignature.Verify(header, Body, ["whsec_old", Secret], At(T)).Should().BeTrue();
        WebhookSignature.Verify(header, Body, ["whsec_other"], At(T)).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1=" + Expected)]
    [InlineData("t=,v1=" + Expected)]
    [InlineData("t=abc,v1=" + Expected)]
    [InlineData("t=1767225600")]
    [InlineData("t=1767225600,t=1767225600,v1=" + Expected)]
    [InlineData("t=1767225600,v0=" + Expected)]
    [InlineData("t=99999999999999999999999,v1=" + Expected)]
    [InlineData("garbage")]
    public void Verify_MalformedHeader_IsRefusedWithoutThrowing(string header) =>
        WebhookSignature.Verify(header, Body, [Secret], At(T)).Should().BeFalse();

    private static DateTimeOffset At(long unixSeconds) => DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
}
