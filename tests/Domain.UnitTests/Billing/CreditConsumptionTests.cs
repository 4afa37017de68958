using CleanPlatform.Domain.Billing.Credits;
using static CleanPlatform.Domain.UnitTests.Billing.InvoiceTotalsTests;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>shared/domain/billing.md §8, §12 (vectors #17–#18) and §15: which prepaid credits pay an invoice.</summary>
public sealed class CreditConsumptionTests
{
    private static readonly Guid G1 = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid G2 = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid G3 = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly Guid G4 = Guid.Parse("00000000-0000-0000-0000-000000000004");
    private static readonly DateTimeOffset June11 = Day(2026, 6, 11);

    private static readonly CreditBalance[] Grants =
    [
        new(G1, Eur("50.00"), Day(2026, 1, 10), Day(2027, 1, 1)),
        new(G2, Eur("30.00"), Day(2026, 2, 1), Day(2026, 10, 1)),
        new(G3, Eur("20.00"), Day(2026, 3, 1), null),
        new(G4, Eur("10.00"), Day(2026, 1, 15), Day(2026, 10, 1)),
    ];

    [Fact]
    public void Of_TheUpgradeInvoice_SoonestExpiryThenOldestGrant()
    {
        var consumption = CreditConsumption.Of(Eur("55.54"), Grants, June11);

        consumption.Uses.Select(use => (use.GrantId, use.Amount.Amount))
            .Should().Equal((G4, 10.00m), (G2, 30.00m), (G1, 15.54m)); // #17
        consumption.Uncovered.Amount.Should().Be(0.00m);
        Grants.Select(g => g.Remaining.Amount - consumption.Uses.Where(u => u.GrantId == g.GrantId).Sum(u => u.Amount.Amount))
            .Should().Equal(34.46m, 0.00m, 20.00m, 0.00m); // #18
    }

    [Fact]
    public void Of_MoreThanTheGrantsHold_NeverExpiringLastAndTheRestUncovered()
    {
        var consumption = CreditConsumption.Of(Eur("120.00"), Grants, June11);

        consumption.Uses.Select(use => use.GrantId).Should().Equal(G4, G2, G1, G3);
        consumption.Uncovered.Amount.Should().Be(10.00m);
    }

    [Fact]
    public void Of_FromExpiryOn_AGrantNeverPays()
    {
        var consumption = CreditConsumption.Of(Eur("15.00"), Grants, Day(2026, 10, 1));

        consumption.Uses.Select(use => (use.GrantId, use.Amount.Amount)).Should().Equal((G1, 15.00m));
    }

    [Fact]
    public void Of_GrantsInAnotherCurrency_DoNotPay()
    {
        var consumption = CreditConsumption.Of(new Money(5m, "USD"), Grants, June11);

        consumption.Uses.Should().BeEmpty();
        consumption.Uncovered.Should().Be(new Money(5m, "USD"));
    }

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
