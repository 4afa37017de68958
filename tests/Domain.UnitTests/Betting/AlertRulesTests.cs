using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class AlertRulesTests
{
    private static readonly AlertThresholds Thresholds = AlertThresholds.Default;

    [Theory]
    [InlineData(0.0999, false)]
    [InlineData(0.10, true)]
    [InlineData(0.25, true)]
    [InlineData(-0.2, false)]
    public void OpportunityQualifies_EdgeAgainstTenPoints_AlertsFromTheThresholdUp(decimal edge, bool expected) =>
        AlertRules.OpportunityQualifies(edge, Thresholds).Should().Be(expected);

    [Theory]
    [InlineData(2.00, 2.20, 10.0)]
    [InlineData(2.00, 1.80, -10.0)]
    [InlineData(4.00, 4.00, 0.0)]
    public void MovePercent_FromFirstPrice_IsSignedPercentOfTheFirst(decimal first, decimal price, decimal expected) =>
        AlertRules.MovePercent(first, price).Should().Be(expected);

    [Theory]
    [InlineData(9.99, false)]
    [InlineData(10, true)]
    [InlineData(-10, true)]
    [InlineData(-9.5, false)]
    public void LineMoved_EitherWay_AlertsFromTheThreshold(decimal move, bool expected) =>
        AlertRules.LineMoved(move, Thresholds).Should().Be(expected);

    [Theory]
    [InlineData(31, false)]
    [InlineData(30, true)]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(-5, false)]
    public void KickOffDue_MinutesBeforeKickOff_DueWithinTheReminderOnly(int minutesBefore, bool expected)
    {
        var kickOff = new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero);

        AlertRules.KickOffDue(kickOff, kickOff.AddMinutes(-minutesBefore), Thresholds).Should().Be(expected);
    }

    [Fact]
    public void KickOffDue_ReminderOff_NeverDue() =>
        AlertRules.KickOffDue(DateTimeOffset.UnixEpoch.AddMinutes(5), DateTimeOffset.UnixEpoch, new AlertThresholds(0.1m, 10m, 0))
            .Should().BeFalse();

    [Theory]
    [InlineData("https://hooks.example.com/x", true)]
    [InlineData("http://127.0.0.1:5000/hook", true)]
    [InlineData("http://[::1]:5000/hook", true)]
    [InlineData("http://localhost/hook", true)]
    [InlineData("http://example.com/hook", false)]
    [InlineData("ftp://example.com/hook", false)]
    [InlineData("https://user:pass@example.com/hook", false)]
    public void WebhookUrlAllowed_HttpsOrLoopbackHttpOnly(string url, bool expected) =>
        AlertRules.WebhookUrlAllowed(new Uri(url)).Should().Be(expected);
}
