using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class OddsFormatTests
{
    [Theory]
    [InlineData(-303, 1.330033)]
    [InlineData(240, 3.400000)]
    [InlineData(100, 2.000000)]
    [InlineData(-100, 2.000000)]
    public void FromAmerican_ReferenceVectors_GiveDecimalOdds(int american, double expected)
    {
        var odds = OddsFormat.FromAmerican(american);

        ((double)odds.Value).Should().BeApproximately(expected, SixDecimals);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(-99.5)]
    [InlineData(0)]
    [InlineData(50)]
    public void FromAmerican_AbsoluteValueBelowHundred_ThrowsAmericanInvalid(double american)
    {
        var act = () => OddsFormat.FromAmerican((decimal)american);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("odds.american_invalid");
    }

    [Theory]
    [InlineData(1.91, -109.890110)]
    [InlineData(2.50, 150.000000)]
    [InlineData(2.00, 100.000000)]
    public void ToAmerican_ReferenceVectors_GiveAmericanPrice(double odds, double expected)
    {
        var american = OddsFormat.ToAmerican(Price(odds));

        ((double)american).Should().BeApproximately(expected, SixDecimals);
    }

    [Theory]
    [InlineData(5, 2, 3.500000)]
    [InlineData(4, 9, 1.444444)]
    public void FromFractional_ReferenceVectors_GiveDecimalOdds(int numerator, int denominator, double expected)
    {
        var odds = OddsFormat.FromFractional(numerator, denominator);

        ((double)odds.Value).Should().BeApproximately(expected, SixDecimals);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(5, 0)]
    [InlineData(-1, 2)]
    public void FromFractional_PartNotPositive_ThrowsFractionalInvalid(int numerator, int denominator)
    {
        var act = () => OddsFormat.FromFractional(numerator, denominator);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("odds.fractional_invalid");
    }

    [Fact]
    public void ImpliedProbability_ReferenceVector_IsInverseOfOdds()
    {
        OddsFormat.ImpliedProbability(Price(1.91)).Should().BeApproximately(0.523560, SixDecimals);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromDouble_NotFinite_ThrowsNotFinite(double price)
    {
        var act = () => OddsFormat.FromDouble(price);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("odds.not_finite");
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    [InlineData(-2.0)]
    [InlineData(1000.5)]
    [InlineData(1e300)]
    public void FromDouble_OutOfRange_ThrowsOutOfRange(double price)
    {
        var act = () => OddsFormat.FromDouble(price);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("odds.out_of_range");
    }
}
