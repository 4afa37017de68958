namespace CleanPlatform.Domain.UnitTests.Common;

public sealed class OddsTests
{
    public static TheoryData<decimal> InRange => [1.01m, 2.5m, 1.444444444444m, 1000m];

    public static TheoryData<decimal> OutOfRange => [1m, 0.5m, 0m, -2m, 1000.01m];

    [Theory]
    [MemberData(nameof(InRange))]
    public void Constructor_InRange_KeepsTheValueUnrounded(decimal price)
    {
        new Odds(price).Value.Should().Be(price);
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Constructor_OutOfRange_ThrowsDomainException(decimal price)
    {
        var act = () => new Odds(price);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("odds.out_of_range");
    }

    [Theory]
    [InlineData("2.5", "0.4")]
    [InlineData("4", "0.25")]
    public void ImpliedProbability_Price_IsItsInverse(string odds, string probability)
    {
        new Odds(decimal.Parse(odds, CultureInfo.InvariantCulture)).ImpliedProbability
            .Should().Be(decimal.Parse(probability, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Equals_SamePriceOtherScale_IsEqual()
    {
        new Odds(2.5m).Should().Be(new Odds(2.50m));
    }

    [Fact]
    public void CompareTo_Prices_OrderNumerically()
    {
        var prices = new[] { new Odds(10.25m), new Odds(9.5m), new Odds(1.05m) };

        prices.Order().Select(o => o.Value).Should().Equal(1.05m, 9.5m, 10.25m);
        (new Odds(9.5m) < new Odds(10.25m)).Should().BeTrue();
    }

    [Fact]
    public void ToString_Price_IsInvariant()
    {
        new Odds(2.50m).ToString().Should().Be("2.50");
    }
}
