namespace CleanPlatform.Domain.UnitTests.Common;

public sealed class MoneyTests
{
    // shared/domain/billing.md §12, vectors #1–#5: half away from zero, to the currency's minor units.
    [Theory]
    [InlineData("2.345", "EUR", 235)]
    [InlineData("-2.345", "EUR", -235)]
    [InlineData("0.125", "EUR", 13)]
    [InlineData("1234.5", "JPY", 1235)]
    [InlineData("1.2345", "KWD", 1235)]
    public void Constructor_BillingVectors_RoundsHalfAwayFromZero(string amount, string currency, long minorUnits)
    {
        var money = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), currency);

        money.MinorUnits.Should().Be(minorUnits);
    }

    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("0.015", "0.02")]
    [InlineData("0.025", "0.03")]
    [InlineData("0.0249", "0.02")]
    [InlineData("2.675", "2.68")]
    public void Constructor_MidpointsInEuro_RoundAwayFromZeroNotToEven(string amount, string rounded)
    {
        var money = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), "EUR");

        money.Amount.Should().Be(decimal.Parse(rounded, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("12.3", "EUR", "12.30 EUR")]
    [InlineData("7", "BHD", "7.000 BHD")]
    [InlineData("99.4", "JPY", "99 JPY")]
    public void ToString_AnyAmount_ShowsTheCurrencysDecimals(string amount, string currency, string expected)
    {
        var money = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), currency);

        money.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("XXX")]
    [InlineData("")]
    [InlineData("EURO")]
    public void Constructor_UnsupportedCurrency_ThrowsDomainException(string currency)
    {
        var act = () => new Money(1m, currency);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("money.unsupported_currency");
    }

    [Fact]
    public void FromMinorUnits_Cents_GivesTheAmount()
    {
        var money = Money.FromMinorUnits(-1234, "EUR");

        money.Should().Be(new Money(-12.34m, "EUR"));
    }

    [Fact]
    public void Equals_SameAmountWrittenWithOtherScale_IsEqualWithSameHash()
    {
        var a = new Money(10m, "EUR");
        var b = new Money(10.000m, "EUR");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_SameAmountOtherCurrency_IsNotEqual()
    {
        new Money(10m, "EUR").Should().NotBe(new Money(10m, "USD"));
    }

    [Fact]
    public void Add_SameCurrency_SumsTheAmounts()
    {
        var sum = new Money(0.10m, "EUR") + new Money(0.20m, "EUR");

        sum.Should().Be(new Money(0.30m, "EUR"));
    }

    [Fact]
    public void Subtract_SameCurrency_CanGoNegative()
    {
        var difference = new Money(5m, "GBP") - new Money(7.5m, "GBP");

        difference.Should().Be(new Money(-2.5m, "GBP"));
    }

    [Fact]
    public void Negate_Amount_FlipsTheSign()
    {
        (-new Money(3.21m, "CHF")).Should().Be(new Money(-3.21m, "CHF"));
    }

    [Fact]
    public void Multiply_ByFactor_RoundsTheProductHalfAwayFromZero()
    {
        var product = new Money(33.33m, "EUR") * 0.15m;   // 4.9995

        product.Should().Be(new Money(5.00m, "EUR"));
        (0.15m * new Money(33.33m, "EUR")).Should().Be(product);
    }

    [Fact]
    public void Add_OtherCurrency_ThrowsCurrencyMismatch()
    {
        var act = () => new Money(1m, "EUR") + new Money(1m, "USD");

        act.Should().Throw<DomainException>().Which.Code.Should().Be("money.currency_mismatch");
    }

    [Fact]
    public void Subtract_OtherCurrency_ThrowsCurrencyMismatch()
    {
        var act = () => new Money(1m, "EUR") - new Money(1m, "JPY");

        act.Should().Throw<DomainException>().Which.Code.Should().Be("money.currency_mismatch");
    }

    [Fact]
    public void CompareTo_OtherCurrency_ThrowsCurrencyMismatch()
    {
        var act = () => new Money(1m, "EUR") < new Money(2m, "SEK");

        act.Should().Throw<DomainException>().Which.Code.Should().Be("money.currency_mismatch");
    }

    [Fact]
    public void CompareTo_SameCurrency_OrdersNumerically()
    {
        var amounts = new[] { 10.25m, 9.5m, -3m, 100m }.Select(a => new Money(a, "EUR")).ToList();

        amounts.Order().Select(m => m.Amount).Should().Equal(-3m, 9.5m, 10.25m, 100m);
        (new Money(9.5m, "EUR") < new Money(10.25m, "EUR")).Should().BeTrue();
        (new Money(9.5m, "EUR") >= new Money(9.50m, "EUR")).Should().BeTrue();
    }
}
