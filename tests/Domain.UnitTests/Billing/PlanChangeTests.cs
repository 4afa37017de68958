using CleanPlatform.Domain.Billing.Subscriptions;
using static CleanPlatform.Domain.Billing.Subscriptions.BillingInterval;
using static CleanPlatform.Domain.UnitTests.Billing.InvoiceTotalsTests;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>shared/domain/billing.md §3 and §15: when a plan change applies.</summary>
public sealed class PlanChangeTests
{
    [Theory]
    [InlineData("29.00", Monthly, "99.00", Monthly, PlanChangeTiming.ImmediateWithProration)]
    [InlineData("99.00", Monthly, "29.00", Monthly, PlanChangeTiming.AtPeriodEnd)]
    [InlineData("29.00", Monthly, "29.00", Monthly, PlanChangeTiming.ImmediateWithoutProration)]
    [InlineData("290.00", Yearly, "990.00", Yearly, PlanChangeTiming.ImmediateWithProration)]
    [InlineData("990.00", Yearly, "290.00", Yearly, PlanChangeTiming.AtPeriodEnd)]
    // Interval switches decide before prices: 290 a year is cheaper per month than 29 a month, yet applies at once.
    [InlineData("29.00", Monthly, "290.00", Yearly, PlanChangeTiming.ImmediateNewTerm)]
    [InlineData("290.00", Yearly, "99.00", Monthly, PlanChangeTiming.AtPeriodEnd)]
    public void Timing_ByPriceAndInterval(string from, BillingInterval fromInterval, string to, BillingInterval toInterval,
        PlanChangeTiming expected) =>
        PlanChange.Timing(Eur(from), fromInterval, Eur(to), toInterval).Should().Be(expected);

    [Fact]
    public void Timing_YearlyComparedPerMonthUnrounded()
    {
        // 290 / 12 = 24.1666…, below 24.17 a month: an upgrade, though both round to 24.17.
        PlanChange.Timing(Eur("290.00"), Yearly, Eur("290.04"), Yearly).Should().Be(PlanChangeTiming.ImmediateWithProration);
        PlanChange.Timing(Eur("24.17"), Monthly, Eur("24.17"), Monthly).Should().Be(PlanChangeTiming.ImmediateWithoutProration);
    }

    [Fact]
    public void Timing_OtherCurrency_IsRefused()
    {
        var change = () => PlanChange.Timing(Eur("29.00"), Monthly, new Money(99m, "USD"), Monthly);

        change.Should().Throw<DomainException>().Which.Code.Should().Be("money.currency_mismatch");
    }
}
