using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Domain.Billing.Subscriptions;
using static CleanPlatform.Domain.UnitTests.Billing.InvoiceTotalsTests;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>shared/domain/billing.md §3: plans, and prices as immutable revisions.</summary>
public sealed class CatalogueTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Start.AddDays(30);

    [Fact]
    public void Define_TrimsItsTexts()
    {
        var plan = BillingPlan.Define(" Pro ", " Pro ", " For teams. ", 14, 2, Start);

        plan.Should().BeEquivalentTo(new { Code = "Pro", Name = "Pro", Description = "For teams.", TrialDays = 14, Position = 2 });
    }

    [Theory]
    [InlineData("", "Pro", "", 0, "plan.code_required")]
    [InlineData("Pro", " ", "", 0, "plan.name_required")]
    [InlineData("Pro", "Pro", "", -1, "plan.trial_days_out_of_range")]
    [InlineData("Pro", "Pro", "", 91, "plan.trial_days_out_of_range")]
    public void Define_RefusesWhatAPlanCannotBe(string code, string name, string description, int trialDays, string error)
    {
        var define = () => BillingPlan.Define(code, name, description, trialDays, 0, Start);

        define.Should().Throw<DomainException>().Which.Code.Should().Be(error);
    }

    [Fact]
    public void Define_RefusesTooLongTexts()
    {
        var define = () => BillingPlan.Define("Pro", "Pro", new string('x', BillingPlan.DescriptionMaxLength + 1), 0, 0, Start);

        define.Should().Throw<DomainException>().Which.Code.Should().Be("plan.description_too_long");
    }

    [Fact]
    public void First_IsRevisionOneAndCurrent()
    {
        var price = PlanPrice.First(Guid.NewGuid(), BillingInterval.Monthly, Eur("29.00"), Start);

        price.Should().BeEquivalentTo(new { Revision = 1, ActiveFrom = Start, RetiredAt = (DateTimeOffset?)null });
    }

    [Fact]
    public void First_MayBeFree_ButNeverNegative()
    {
        PlanPrice.First(Guid.NewGuid(), BillingInterval.Yearly, Eur("0.00"), Start).Price.Should().Be(Eur("0.00"));

        var negative = () => PlanPrice.First(Guid.NewGuid(), BillingInterval.Yearly, Eur("-1.00"), Start);
        negative.Should().Throw<DomainException>().Which.Code.Should().Be("price.negative");
    }

    [Fact]
    public void Supersede_RetiresTheRevisionAndStartsTheNext_LeavingItsAmountAlone()
    {
        var planId = Guid.NewGuid();
        var first = PlanPrice.First(planId, BillingInterval.Monthly, Eur("29.00"), Start);

        var second = first.Supersede(Eur("35.00"), Later);

        first.Should().BeEquivalentTo(new { Price = Eur("29.00"), Revision = 1, RetiredAt = (DateTimeOffset?)Later });
        second.Should().BeEquivalentTo(new
        {
            PlanId = planId,
            Interval = BillingInterval.Monthly,
            Price = Eur("35.00"),
            Revision = 2,
            ActiveFrom = Later,
            RetiredAt = (DateTimeOffset?)null,
        });
        second.Id.Should().NotBe(first.Id);
    }

    [Theory]
    [InlineData("29.00", "EUR", "price.unchanged")]
    [InlineData("29.00", "USD", "money.currency_mismatch")]
    [InlineData("-5.00", "EUR", "price.negative")]
    public void Supersede_RefusesWhatIsNotANewPrice(string amount, string currency, string error)
    {
        var first = PlanPrice.First(Guid.NewGuid(), BillingInterval.Monthly, Eur("29.00"), Start);

        var supersede = () => first.Supersede(new Money(Dec(amount), currency), Later);

        supersede.Should().Throw<DomainException>().Which.Code.Should().Be(error);
        first.RetiredAt.Should().BeNull();
    }

    [Fact]
    public void Supersede_OfARetiredRevision_IsRefused()
    {
        var first = PlanPrice.First(Guid.NewGuid(), BillingInterval.Monthly, Eur("29.00"), Start);
        first.Supersede(Eur("35.00"), Later);

        var again = () => first.Supersede(Eur("39.00"), Later);

        again.Should().Throw<DomainException>().Which.Code.Should().Be("price.retired");
    }
}
