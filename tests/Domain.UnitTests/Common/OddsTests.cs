namespace CleanPlatform.Domain.UnitTests.Common;

public sealed class OddsTests
{
    [Theory]
    [InlineData("1.01")]
    [InlineData("2.5")]
    [InlineData("1.444444444444")]
    [InlineData("1000")]
    public void Constructor_InRange_KeepsTheValueUnrounded(string value)
    {
        var price = decimal.Parse(value, CultureInfo.InvariantCulture);

        new Odds(price).Value.Should().Be(price);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0.5")]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1000.01")]
    public void Constructor_OutOfRange_ThrowsDomainException(string value)
    {
        var act = () => new Odds(decimal.Parse(value, CultureInfo.InvariantCulture));

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
