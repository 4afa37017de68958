namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class BankrollSeriesTests
{
    [Fact]
    public void Of_Profits_AddsThemInOrderFromTheStart()
    {
        var series = BankrollSeries.Of(1000m, [100m, -300m, 50m, 400m]);

        series.Should().Equal(1000m, 1100m, 800m, 850m, 1250m);
    }

    [Fact]
    public void MaxDrawdown_FallFromPeak_IsTheDeepestShareOfThePeak()
    {
        var series = BankrollSeries.Of(1000m, [100m, -300m, 50m, 400m, -500m]);

        BankrollSeries.MaxDrawdown(series).Should().BeApproximately(0.4, 1e-12);
    }

    [Fact]
    public void MaxDrawdown_NeverFalls_IsZero()
    {
        BankrollSeries.MaxDrawdown(BankrollSeries.Of(1000m, [10m, 0m, 5m])).Should().Be(0.0);
    }
}
