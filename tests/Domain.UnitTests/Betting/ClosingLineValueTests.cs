using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class ClosingLineValueTests
{
    [Theory]
    [InlineData(2.20, 2.00, 0.100000, 0.045455)]
    [InlineData(1.90, 2.05, -0.073171, -0.038511)]
    public void Of_ReferenceVectors_GiveRawClvAndProbabilityDifference(double taken, double close, double raw,
        double difference)
    {
        var clv = ClosingLineValue.Of(Price(taken), Market(close, 1.95), 0);

        clv!.Raw.Should().BeApproximately(raw, SixDecimals);
        clv.ProbabilityDifference.Should().BeApproximately(difference, SixDecimals);
    }

    [Fact]
    public void Of_ReferenceClosingMarket_GivesFairClvFromMultiplicativeDevig()
    {
        var close = Market(2.00, 3.60, 4.00);

        var clv = ClosingLineValue.Of(Price(2.20), close, 0);

        MultiplicativeDevig.Probabilities(close)[0].Should().BeApproximately(0.486486, SixDecimals);
        clv!.Fair.Should().BeApproximately(0.070270, SixDecimals);
    }

    [Fact]
    public void Of_NoClosingMarket_IsNullNotZero()
    {
        ClosingLineValue.Of(Price(2.20), null, 0).Should().BeNull();
    }

    [Fact]
    public void MeanClosingLineValue_SomeMissing_AveragesOnlyTheKnown()
    {
        BettingPerformance.MeanClosingLineValue([0.1, null, -0.05]).Should().BeApproximately(0.025, 1e-12);
    }

    [Fact]
    public void MeanClosingLineValue_AllMissing_IsNull()
    {
        BettingPerformance.MeanClosingLineValue([null, null]).Should().BeNull();
    }
}
