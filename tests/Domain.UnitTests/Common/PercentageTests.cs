namespace CleanPlatform.Domain.UnitTests.Common;

public sealed class PercentageTests
{
    public static TheoryData<decimal> FromZeroToHundred => [0m, 19m, 25.5m, 100m];

    public static TheoryData<decimal> OutsideZeroToHundred => [-0.01m, 100.01m];

    [Theory]
    [MemberData(nameof(FromZeroToHundred))]
    public void Constructor_FromZeroToHundred_KeepsTheValue(decimal percent)
    {
        new Percentage(percent).Value.Should().Be(percent);
    }

    [Theory]
    [MemberData(nameof(OutsideZeroToHundred))]
    public void Constructor_OutsideZeroToHundred_ThrowsDomainException(decimal percent)
    {
        var act = () => new Percentage(percent);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("percentage.out_of_range");
    }

    [Fact]
    public void FromFraction_Fraction_IsTimesHundred()
    {
        var kelly = Percentage.FromFraction(0.25m);

        kelly.Should().Be(new Percentage(25m));
        kelly.Fraction.Should().Be(0.25m);
    }

    [Fact]
    public void OfDecimal_Amount_IsUnrounded()
    {
        new Percentage(25.5m).Of(99m).Should().Be(25.245m);
    }

    // shared/domain/billing.md §12: #6 (19 % of 100.02), #7 (19 % of 29.00), #8 (25.5 % of 99.00, a midpoint).
    [Theory]
    [InlineData("19", "100.02", "19.00")]
    [InlineData("19", "29.00", "5.51")]
    [InlineData("25.5", "99.00", "25.25")]
    public void OfMoney_BillingVectors_RoundsHalfAwayFromZero(string rate, string taxable, string vat)
    {
        var amount = new Money(decimal.Parse(taxable, CultureInfo.InvariantCulture), "EUR");

        var tax = new Percentage(decimal.Parse(rate, CultureInfo.InvariantCulture)).Of(amount);

        tax.Should().Be(new Money(decimal.Parse(vat, CultureInfo.InvariantCulture), "EUR"));
    }

    [Fact]
    public void CompareTo_Percentages_OrderBySize()
    {
        (new Percentage(9.5m) < new Percentage(10.25m)).Should().BeTrue();
        new[] { Percentage.Hundred, Percentage.Zero, new Percentage(19m) }.Order()
            .Should().Equal(Percentage.Zero, new Percentage(19m), Percentage.Hundred);
    }

    [Fact]
    public void ToString_Value_HasPercentSign()
    {
        new Percentage(25.5m).ToString().Should().Be("25.5 %");
    }
}
