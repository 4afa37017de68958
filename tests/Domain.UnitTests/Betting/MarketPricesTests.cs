using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class MarketPricesTests
{
    [Fact]
    public void Booksum_ReferenceMarket_IsSumOfImpliedProbabilities()
    {
        var market = Market(2.10, 3.40, 3.60);

        market.Booksum.Should().BeApproximately(1.048086, SixDecimals);
        market.Margin.Should().BeApproximately(0.048086, SixDecimals);
        market.PayoutRate.Should().BeApproximately(1 / 1.048086, SixDecimals);
        market.IsArbitrage.Should().BeFalse();
    }

    [Theory]
    [InlineData(2.00, 2.00)]
    [InlineData(2.10, 2.05)]
    [InlineData(3.00, 3.00, 3.00)]
    public void IsArbitrage_BooksumAtMostOne_IsTrue(params double[] odds)
    {
        Market(odds).IsArbitrage.Should().BeTrue();
    }

    [Fact]
    public void Of_BlankOutcome_ThrowsOutcomeMissing()
    {
        var act = () => MarketPrices.Of([2.10m, null, 3.60m]);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("market.outcome_missing");
    }

    [Fact]
    public void Of_OneOutcome_ThrowsTooFewOutcomes()
    {
        var act = () => MarketPrices.Of([2.10m]);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("market.too_few_outcomes");
    }

    [Fact]
    public void Of_PriceNotAboveOne_ThrowsOutOfRange()
    {
        var act = () => MarketPrices.Of([1.00m, 15.00m]);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("odds.out_of_range");
    }

    [Fact]
    public void Of_NotFiniteDouble_ThrowsNotFinite()
    {
        var act = () => MarketPrices.Of([2.0, double.NaN]);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("odds.not_finite");
    }
}
