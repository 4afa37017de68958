using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Subscriptions;
using CleanPlatform.Domain.Billing.Tax;
using static CleanPlatform.Domain.UnitTests.Billing.InvoiceTotalsTests;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>shared/domain/billing.md §3 and §12, vectors #13–#15: June 2026 (30 days), a German customer at 19 %.</summary>
public sealed class ProrationTests
{
    private static readonly DateTimeOffset JuneStart = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset JuneEnd = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0, "-19.33", "66.00", "46.67", "8.87", "55.54")] // #13
    [InlineData(15, 30, "-18.71", "63.87", "45.16", "8.58", "53.74")] // #14
    public void BySecond_Upgrade29To99OnJune11_Lines(int hour, int minute, string credit, string charge, string net,
        string vat, string total)
    {
        var proration = Proration.BySecond(Eur("29.00"), Eur("99.00"), JuneStart, JuneEnd,
            new DateTimeOffset(2026, 6, 11, hour, minute, 0, TimeSpan.Zero));

        var totals = Invoice(proration);
        (proration.UnusedTimeCredit.Amount, proration.RemainingTimeCharge.Amount, totals.LineTotal.Amount,
                totals.TaxTotal.Amount, totals.Total.Amount)
            .Should().Be((Dec(credit), Dec(charge), Dec(net), Dec(vat), Dec(total)));
    }

    [Fact]
    public void ToYearly_Monthly29ToYearly290OnJune21_CreditsUnusedMonthAndChargesTheYear()
    {
        var proration = Proration.ToYearly(Eur("29.00"), Eur("290.00"), JuneStart, JuneEnd,
            new DateTimeOffset(2026, 6, 21, 0, 0, 0, TimeSpan.Zero));

        var totals = Invoice(proration);
        (proration.UnusedTimeCredit.Amount, proration.RemainingTimeCharge.Amount, totals.LineTotal.Amount,
                totals.TaxTotal.Amount, totals.Total.Amount)
            .Should().Be((-9.67m, 290.00m, 280.33m, 53.26m, 333.59m)); // #15
    }

    [Fact]
    public void ByDay_ChangeAtMidnight_SameAsBySecond()
    {
        var byDay = Proration.ByDay(Eur("29.00"), Eur("99.00"), new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1),
            new DateOnly(2026, 6, 11));

        byDay.Should().Be(Proration.BySecond(Eur("29.00"), Eur("99.00"), JuneStart, JuneEnd,
            new DateTimeOffset(2026, 6, 11, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void ByDay_ChangeDayCountsAsRemaining()
    {
        var byDay = Proration.ByDay(Eur("30.00"), Eur("60.00"), new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1),
            new DateOnly(2026, 6, 30));

        (byDay.UnusedTimeCredit.Amount, byDay.RemainingTimeCharge.Amount).Should().Be((-1.00m, 2.00m));
    }

    [Fact]
    public void BySecond_AtTheLastInstant_KeepsLinesOfZero()
    {
        var proration = Proration.BySecond(Eur("29.00"), Eur("99.00"), JuneStart, JuneEnd, JuneEnd);

        (proration.UnusedTimeCredit.Amount, proration.RemainingTimeCharge.Amount).Should().Be((0.00m, 0.00m));
    }

    [Fact]
    public void BySecond_ChangeOutsideThePeriod_IsRefused()
    {
        var before = () => Proration.BySecond(Eur("29.00"), Eur("99.00"), JuneStart, JuneEnd, JuneStart.AddSeconds(-1));

        before.Should().Throw<DomainException>().Which.Code.Should().Be("proration.outside_period");
    }

    private static InvoiceTotals Invoice(Proration proration) => InvoiceTotals.Of("EUR",
    [
        new TaxableLine(proration.UnusedTimeCredit, VatRate.Standard(19m)),
        new TaxableLine(proration.RemainingTimeCharge, VatRate.Standard(19m)),
    ]);
}
