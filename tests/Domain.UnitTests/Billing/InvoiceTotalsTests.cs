using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>shared/domain/billing.md §12, vectors #6–#12: VAT once per rate over the lines at that rate.</summary>
public sealed class InvoiceTotalsTests
{
    [Fact]
    public void Of_ThreeLinesAtOneRate_TaxesTheirSumNotEachLine()
    {
        var net = TaxableLine.NetOf(1m, 33.335m, "EUR");
        var lines = Enumerable.Repeat(new TaxableLine(net, VatRate.Standard(19m)), 3).ToList();

        var totals = InvoiceTotals.Of("EUR", lines);

        net.Amount.Should().Be(33.34m);
        (totals.LineTotal.Amount, totals.TaxTotal.Amount, totals.Total.Amount).Should().Be((100.02m, 19.00m, 119.02m));
        lines.Sum(line => line.Vat.VatOn(line.Net).Amount).Should().Be(18.99m, "per-line VAT, which billing.md forbids");
    }

    [Theory]
    [InlineData("19", "29.00", "5.51", "34.51")] // #7 DE
    [InlineData("25.5", "99.00", "25.25", "124.25")] // #8 FI
    [InlineData("24", "29.00", "6.96", "35.96")] // #9 EE
    [InlineData("21", "29.00", "6.09", "35.09")] // #10 RO
    public void Of_OneConsumerLine_VatAndTotal(string rate, string price, string vat, string total)
    {
        var totals = InvoiceTotals.Of("EUR", [new TaxableLine(Eur(price), VatRate.Standard(Dec(rate)))]);

        (totals.TaxTotal.Amount, totals.Total.Amount).Should().Be((Dec(vat), Dec(total)));
    }

    [Fact]
    public void Of_TwoRates_OneBreakdownRowEach()
    {
        var totals = InvoiceTotals.Of("EUR",
            [new TaxableLine(Eur("10.00"), VatRate.Standard(7m)), new TaxableLine(Eur("99.00"), VatRate.Standard(19m))]);

        totals.Breakdown.Select(row => (row.Vat.Percent.Value, row.Taxable.Amount, row.Tax.Amount))
            .Should().Equal((19m, 99.00m, 18.81m), (7m, 10.00m, 0.70m));
        (totals.TaxTotal.Amount, totals.Total.Amount).Should().Be((19.51m, 128.51m));
    }

    [Fact]
    public void Of_ReverseCharge_NoVat()
    {
        var totals = InvoiceTotals.Of("EUR", [new TaxableLine(Eur("99.00"), VatRate.ReverseCharge)]);

        (totals.TaxTotal.Amount, totals.Total.Amount).Should().Be((0.00m, 99.00m));
        totals.Breakdown.Should().ContainSingle().Which.Vat.CategoryCode.Should().Be("AE");
    }

    [Fact]
    public void Of_DiscountLine_ReducesTheTaxableAmountOfItsRate()
    {
        var totals = InvoiceTotals.Of("EUR",
            [new TaxableLine(Eur("99.00"), VatRate.Standard(19m)), new TaxableLine(Eur("-9.90"), VatRate.Standard(19m))]);

        (totals.LineTotal.Amount, totals.TaxTotal.Amount).Should().Be((89.10m, 16.93m));
    }

    [Fact]
    public void Of_LineInAnotherCurrency_IsRefused()
    {
        var mixed = () => InvoiceTotals.Of("EUR",
            [new TaxableLine(new Money(10m, "USD"), VatRate.Standard(19m))]);

        mixed.Should().Throw<DomainException>().Which.Code.Should().Be("money.currency_mismatch");
    }

    [Fact]
    public void VatRate_ReverseChargeAboveZero_IsRefused()
    {
        var rate = () => new VatRate(VatCategory.ReverseCharge, new Percentage(19m));

        rate.Should().Throw<DomainException>().Which.Code.Should().Be("vat.rate_not_zero");
    }

    [Theory]
    [InlineData("10.00", "8.40", "1.60", "10.00")] // #16
    [InlineData("13.00", "10.92", "2.07", "12.99")] // §15: the document's net + VAT is authoritative
    public void GrossSplit_PartialRefund_NetVatAndDocumentTotal(string gross, string net, string vat, string total)
    {
        var split = GrossSplit.Of(Eur(gross), VatRate.Standard(19m));

        (split.Net.Amount, split.Tax.Amount, split.Total.Amount, split.Requested.Amount)
            .Should().Be((Dec(net), Dec(vat), Dec(total), Dec(gross)));
    }

    internal static Money Eur(string amount) => new(Dec(amount), "EUR");

    internal static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
