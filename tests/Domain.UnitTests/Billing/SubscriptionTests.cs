using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Subscriptions;
using static CleanPlatform.Domain.Billing.Subscriptions.BillingInterval;
using static CleanPlatform.Domain.UnitTests.Billing.InvoiceTotalsTests;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>billing.md §3 and §9 through a subscription: its periods, plan changes, cancellation and dunning.</summary>
public sealed class SubscriptionTests
{
    private const string Utc = "Etc/UTC";
    private static readonly Guid Organization = Guid.NewGuid();
    private static readonly SubscribedPrice ProMonthly = new(Guid.NewGuid(), "Pro", Guid.NewGuid(), Monthly, Eur("29.00"));
    private static readonly SubscribedPrice ProYearly = new(ProMonthly.PlanId, "Pro", Guid.NewGuid(), Yearly, Eur("290.00"));
    private static readonly SubscribedPrice EnterpriseMonthly = new(Guid.NewGuid(), "Enterprise", Guid.NewGuid(), Monthly, Eur("99.00"));
    private static readonly SubscribedPrice FreeMonthly = new(Guid.NewGuid(), "Free", Guid.NewGuid(), Monthly, Eur("0.00"));

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    [Fact]
    public void Start_WithoutTrial_IsActive_WithAPeriodFromNow()
    {
        var subscription = Subscription.Start(Organization, ProMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));

        subscription.Should().BeEquivalentTo(new
        {
            Status = SubscriptionStatus.Active,
            Anchor = At("2026-06-01T00:00:00Z"),
            CurrentPeriod = new BillingPeriod(At("2026-06-01T00:00:00Z"), At("2026-07-01T00:00:00Z")),
        });
    }

    [Fact]
    public void Start_WithATrial_IsTrialing_AndItsFirstPeriodStartsWhenTheTrialEnds()
    {
        var subscription = Subscription.Start(Organization, ProMonthly, 14, Utc, At("2026-06-01T00:00:00Z"));

        subscription.Should().BeEquivalentTo(new { Status = SubscriptionStatus.Trialing, TrialEndsAt = (DateTimeOffset?)At("2026-06-15T00:00:00Z") });
        subscription.Renew(At("2026-06-15T00:00:00Z")).Should().BeTrue();
        subscription.Should().BeEquivalentTo(new
        {
            Status = SubscriptionStatus.Active,
            TrialEndsAt = (DateTimeOffset?)null,
            CurrentPeriod = new BillingPeriod(At("2026-06-15T00:00:00Z"), At("2026-07-15T00:00:00Z")),
        });
    }

    [Fact]
    public void ChangeTo_Vector13_UpgradeOnJune11_CreditsUnusedTimeAndChargesTheRest_KeepingTheAnchor()
    {
        var subscription = Subscription.Start(Organization, ProMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));

        var outcome = subscription.ChangeTo(EnterpriseMonthly, At("2026-06-11T00:00:00Z"));

        outcome.Timing.Should().Be(PlanChangeTiming.ImmediateWithProration);
        outcome.Proration!.UnusedTimeCredit.Should().Be(Eur("-19.33"));
        outcome.Proration.RemainingTimeCharge.Should().Be(Eur("66.00"));
        subscription.Should().BeEquivalentTo(new { Price = EnterpriseMonthly, Anchor = At("2026-06-01T00:00:00Z") });
    }

    [Fact]
    public void ChangeTo_Vector15_MonthlyToYearlyOnJune21_StartsANewTermAtTheChange()
    {
        var subscription = Subscription.Start(Organization, ProMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));

        var outcome = subscription.ChangeTo(ProYearly, At("2026-06-21T00:00:00Z"));

        outcome.Timing.Should().Be(PlanChangeTiming.ImmediateNewTerm);
        outcome.Proration!.Net.Should().Be(Eur("280.33"));
        subscription.Should().BeEquivalentTo(new
        {
            Price = ProYearly,
            Anchor = At("2026-06-21T00:00:00Z"),
            CurrentPeriod = new BillingPeriod(At("2026-06-21T00:00:00Z"), At("2027-06-21T00:00:00Z")),
        });
    }

    [Fact]
    public void ChangeTo_YearlyToMonthly_WaitsForTheEndOfTheTerm_ThenBillsMonthlyFromThere()
    {
        // billing.md §3: yearly 290 anchored 2026-01-15, switch asked 2026-06-01: first monthly 29.00 on 2027-01-15.
        var subscription = Subscription.Start(Organization, ProYearly, 0, Utc, At("2026-01-15T00:00:00Z"));

        var outcome = subscription.ChangeTo(ProMonthly, At("2026-06-01T00:00:00Z"));

        outcome.Should().BeEquivalentTo(new { Timing = PlanChangeTiming.AtPeriodEnd, EffectiveAt = At("2027-01-15T00:00:00Z"), Proration = (Proration?)null });
        subscription.Price.Should().Be(ProYearly);
        subscription.Renew(At("2027-01-15T00:00:00Z")).Should().BeTrue();
        subscription.Should().BeEquivalentTo(new
        {
            Price = ProMonthly,
            PendingPrice = (SubscribedPrice?)null,
            CurrentPeriod = new BillingPeriod(At("2027-01-15T00:00:00Z"), At("2027-02-15T00:00:00Z")),
        });
    }

    [Fact]
    public void ChangeTo_ADowngrade_WaitsForThePeriodEnd_WithNothingBilled()
    {
        var subscription = Subscription.Start(Organization, EnterpriseMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));

        var outcome = subscription.ChangeTo(ProMonthly, At("2026-06-11T00:00:00Z"));

        outcome.Should().BeEquivalentTo(new { Timing = PlanChangeTiming.AtPeriodEnd, Proration = (Proration?)null });
        subscription.Should().BeEquivalentTo(new { Price = EnterpriseMonthly, PendingPrice = ProMonthly });
        subscription.Renew(At("2026-07-01T00:00:00Z"));
        subscription.Should().BeEquivalentTo(new
        {
            Price = ProMonthly,
            CurrentPeriod = new BillingPeriod(At("2026-07-01T00:00:00Z"), At("2026-08-01T00:00:00Z")),
        });
    }

    [Fact]
    public void ChangeTo_DuringATrial_AppliesAtOnceWithNothingBilled()
    {
        var subscription = Subscription.Start(Organization, ProMonthly, 14, Utc, At("2026-06-01T00:00:00Z"));

        var outcome = subscription.ChangeTo(EnterpriseMonthly, At("2026-06-05T00:00:00Z"));

        outcome.Should().BeEquivalentTo(new { Timing = PlanChangeTiming.ImmediateWithoutProration, Proration = (Proration?)null });
        subscription.Price.Should().Be(EnterpriseMonthly);
    }

    [Fact]
    public void Preview_ChangesNothing_AndTheSamePriceIsRefused()
    {
        var subscription = Subscription.Start(Organization, ProMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));

        subscription.Preview(EnterpriseMonthly, At("2026-06-11T00:00:00Z")).Proration!.Net.Should().Be(Eur("46.67"));
        subscription.Price.Should().Be(ProMonthly);
        var same = () => subscription.Preview(ProMonthly, At("2026-06-11T00:00:00Z"));
        same.Should().Throw<DomainException>().Which.Code.Should().Be("subscription.same_price");
    }

    [Fact]
    public void CancelAtEndOfPeriod_EndsItThen_UnlessResumed()
    {
        var resumed = Subscription.Start(Organization, ProMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));
        var ended = Subscription.Start(Organization, ProMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));
        resumed.CancelAtEndOfPeriod();
        resumed.Resume();
        ended.CancelAtEndOfPeriod();

        resumed.Renew(At("2026-07-01T00:00:00Z")).Should().BeTrue();
        ended.Renew(At("2026-07-01T00:00:00Z")).Should().BeFalse();

        resumed.Status.Should().Be(SubscriptionStatus.Active);
        ended.Should().BeEquivalentTo(new { Status = SubscriptionStatus.Canceled, CanceledAt = (DateTimeOffset?)At("2026-07-01T00:00:00Z") });
        var change = () => ended.ChangeTo(EnterpriseMonthly, At("2026-07-02T00:00:00Z"));
        change.Should().Throw<DomainException>().Which.Code.Should().Be("subscription.canceled");
    }

    [Fact]
    public void Renew_BeforeThePeriodEnds_IsRefused()
    {
        var subscription = Subscription.Start(Organization, ProMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));

        var early = () => subscription.Renew(At("2026-06-30T23:59:59Z"));

        early.Should().Throw<DomainException>().Which.Code.Should().Be("subscription.period_not_over");
    }

    [Fact]
    public void Dunning_PastDueThenRecovered_OrCanceledWhenRetriesRunOut()
    {
        var recovered = Subscription.Start(Organization, ProMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));
        var lost = Subscription.Start(Organization, FreeMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));
        recovered.PaymentFailed();
        lost.PaymentFailed();

        recovered.PaymentRecovered();
        lost.DunningExhausted(At("2026-06-08T00:00:00Z"));

        recovered.Status.Should().Be(SubscriptionStatus.Active);
        lost.Status.Should().Be(SubscriptionStatus.Canceled);
        var again = () => recovered.DunningExhausted(At("2026-06-08T00:00:00Z"));
        again.Should().Throw<DomainException>().Which.Code.Should().Be("subscription.not_past_due");
    }

    [Fact]
    public void DunningExhausted_SaysTheSubscriptionEndedUnpaid()
    {
        var subscription = Subscription.Start(Organization, ProMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));
        subscription.PaymentFailed();

        subscription.DunningExhausted(At("2026-06-08T00:00:00Z"));

        subscription.DomainEvents.OfType<SubscriptionEndedUnpaid>().Should().ContainSingle()
            .Which.Should().Be(new SubscriptionEndedUnpaid(Organization, subscription.Id));
    }

    [Fact]
    public void WarnTrialEnding_OnceWithinThreeDaysOfTheTrialsEnd()
    {
        var subscription = Subscription.Start(Organization, ProMonthly, 14, Utc, At("2026-06-01T00:00:00Z"));
        var warnings = () => subscription.DomainEvents.OfType<TrialEnding>().Count();

        subscription.WarnTrialEnding(At("2026-06-11T23:59:59Z")).Should().BeFalse("more than three days are left");
        var isDue = Subscription.TrialEndingUnwarnedAt(At("2026-06-12T00:00:00Z")).Compile();
        isDue(subscription).Should().BeTrue();
        subscription.WarnTrialEnding(At("2026-06-12T00:00:00Z")).Should().BeTrue();
        subscription.WarnTrialEnding(At("2026-06-13T00:00:00Z")).Should().BeFalse("a trial is warned of once");

        warnings().Should().Be(1);
        subscription.TrialWarnedAt.Should().Be(At("2026-06-12T00:00:00Z"));
        isDue(subscription).Should().BeFalse();
    }

    [Fact]
    public void WarnTrialEnding_NothingWithoutATrial()
    {
        var subscription = Subscription.Start(Organization, ProMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));

        subscription.WarnTrialEnding(At("2026-06-29T00:00:00Z")).Should().BeFalse();
        Subscription.TrialEndingUnwarnedAt(At("2026-06-29T00:00:00Z")).Compile()(subscription).Should().BeFalse();
        subscription.DomainEvents.OfType<TrialEnding>().Should().BeEmpty();
    }

    [Fact]
    public void PlanChanged_IsRaisedWhenTheLimitsMayMove_NotWhenAChangeOnlyWaits()
    {
        var subscription = Subscription.Start(Organization, EnterpriseMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));
        var raised = () => subscription.DomainEvents.OfType<SubscriptionPlanChanged>().Count();

        raised().Should().Be(1, "starting puts the organization on the plan");
        subscription.ChangeTo(ProMonthly, At("2026-06-11T00:00:00Z"));
        raised().Should().Be(1, "a downgrade waits for the period's end");
        subscription.Renew(At("2026-07-01T00:00:00Z"));
        raised().Should().Be(2);
        subscription.ChangeTo(EnterpriseMonthly, At("2026-07-11T00:00:00Z"));
        raised().Should().Be(3);
        subscription.CancelNow(At("2026-07-12T00:00:00Z"));
        raised().Should().Be(4);
        subscription.DomainEvents.OfType<SubscriptionPlanChanged>().Should()
            .AllSatisfy(e => e.Should().BeEquivalentTo(new { OrganizationId = Organization, SubscriptionId = subscription.Id }));
    }

    [Fact]
    public void ChangeTo_AnotherCurrency_IsRefused_EvenDuringATrial()
    {
        var subscription = Subscription.Start(Organization, ProMonthly, 14, Utc, At("2026-06-01T00:00:00Z"));
        var inUsd = new SubscribedPrice(EnterpriseMonthly.PlanId, "Enterprise", Guid.NewGuid(), Monthly,
            new Money(109m, "USD"));

        var change = () => subscription.ChangeTo(inUsd, At("2026-06-05T00:00:00Z"));

        change.Should().Throw<DomainException>().Which.Code.Should().Be("money.currency_mismatch");
        subscription.Price.Should().Be(ProMonthly);
    }

    [Fact]
    public void ChangeTo_ThePriceBilledNow_DropsAWaitingDowngrade()
    {
        var subscription = Subscription.Start(Organization, EnterpriseMonthly, 0, Utc, At("2026-06-01T00:00:00Z"));
        subscription.ChangeTo(ProMonthly, At("2026-06-11T00:00:00Z"));

        var outcome = subscription.ChangeTo(EnterpriseMonthly, At("2026-06-12T00:00:00Z"));

        outcome.Should().BeEquivalentTo(new { Timing = PlanChangeTiming.ImmediateWithoutProration, Proration = (Proration?)null });
        subscription.Should().BeEquivalentTo(new { Price = EnterpriseMonthly, PendingPrice = (SubscribedPrice?)null });
    }
}
