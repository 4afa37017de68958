using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class ExpectedValueTests
{
    [Fact]
    public void Of_204AtEvenChance_IsExactlyTwoPercent()
    {
        var ev = ExpectedValue.Of(Price(2.04), 0.5);

        ev.Should().Be(0.02m);
    }

    [Theory]
    [InlineData(2.20, 0.5, 0.1, 0.045455)]
    [InlineData(1.90, 0.5, -0.05, -0.026316)]
    public void OfAndEdge_Price_HaveTheSameSign(double odds, double probability, double ev, double edge)
    {
        var price = Price(odds);

        ((double)ExpectedValue.Of(price, probability)).Should().BeApproximately(ev, SixDecimals);
        ((double)ExpectedValue.Edge(price, probability)).Should().BeApproximately(edge, SixDecimals);
    }

    [Fact]
    public void Of_ProbabilityWithBinaryNoise_RoundsItToFifteenDigits()
    {
        var ev = ExpectedValue.Of(Price(2.00), 0.1 + 0.2);

        ev.Should().Be(-0.4m);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Of_ProbabilityOutsideZeroToOne_ThrowsOutOfRange(double probability)
    {
        var act = () => ExpectedValue.Of(Price(2.00), probability);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("probability.out_of_range");
    }

    [Fact]
    public void WorstCase_ReferenceMarket_IsTheLowestEvOverApplicableMethods()
    {
        var devigs = Devig.All(Market(DevigVectors.D3));

        var worst = ExpectedValue.WorstCase(Price(17.00), devigs, 2);

        worst.Should().Be(ExpectedValue.Of(Price(17.00), devigs.Single(d => d.Method == DevigMethod.Additive).Probabilities[2]));
    }

    [Fact]
    public void WorstCase_ArbitrageBook_UsesMultiplicativeOnly()
    {
        var devigs = Devig.All(Market(2.10, 2.10));

        var worst = ExpectedValue.WorstCase(Price(2.20), devigs, 0);

        worst.Should().Be(0.1m);
    }
}
