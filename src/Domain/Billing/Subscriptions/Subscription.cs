using System.Linq.Expressions;
using CleanPlatform.Domain.Billing.Events;

namespace CleanPlatform.Domain.Billing.Subscriptions;

/// <summary>
/// An organization's subscription to a plan price (billing.md §3, §9): its state, its current period counted from the
/// billing anchor in the customer's time zone, and a change waiting for the period's end. Plan changes follow
/// <see cref="PlanChange"/>: an upgrade applies at once with proration lines and keeps the anchor; monthly to yearly
/// applies at once with a new anchor; a downgrade and yearly to monthly wait for the end of the period. During a trial
/// any change applies at once and nothing is billed. Whenever the plan that sizes the organization's limits may have
/// changed, it raises <see cref="SubscriptionPlanChanged"/>.
/// </summary>
public sealed class Subscription : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>Subscriptions that have not ended: trialing, active or past due (an organization has one at most).</summary>
    public static readonly Expression<Func<Subscription, bool>> IsLive = s => s.Status != SubscriptionStatus.Canceled;

    /// <summary>How long before a trial's end the subscriber is told (billing.md §9: 3 days).</summary>
    public static readonly TimeSpan TrialWarning = TimeSpan.FromDays(3);

    /// <summary>Trials that end within <see cref="TrialWarning"/> of <paramref name="now"/> and were not warned of yet.</summary>
    public static Expression<Func<Subscription, bool>> TrialEndingUnwarnedAt(DateTimeOffset now)
    {
        var horizon = now + TrialWarning;
        return s => s.Status == SubscriptionStatus.Trialing && s.TrialWarnedAt == null && s.TrialEndsAt <= horizon;
    }

    private Subscription() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public SubscriptionStatus Status { get; private set; }

    public Guid PlanId { get; private set; }

    /// <summary>The plan's code, which names the organization's limits while the subscription lives.</summary>
    public string PlanCode { get; private set; } = "";

    public Guid PriceId { get; private set; }

    public BillingInterval Interval { get; private set; }

    /// <summary>The ISO 4217 code every charge of the subscription is in.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>The price per <see cref="Interval"/>, VAT excluded.</summary>
    public decimal Amount { get; private set; }

    /// <summary>The price revision billed now.</summary>
    public SubscribedPrice Price => new(PlanId, PlanCode, PriceId, Interval, new Money(Amount, Currency));

    public Guid? PendingPlanId { get; private set; }

    public string? PendingPlanCode { get; private set; }

    public Guid? PendingPriceId { get; private set; }

    public BillingInterval? PendingInterval { get; private set; }

    public decimal? PendingAmount { get; private set; }

    /// <summary>What the subscription moves to at the end of the current period, if anything.</summary>
    public SubscribedPrice? PendingPrice => PendingPriceId is { } priceId
        ? new SubscribedPrice(PendingPlanId!.Value, PendingPlanCode!, priceId, PendingInterval!.Value,
            new Money(PendingAmount!.Value, Currency))
        : null;

    /// <summary>Where periods are counted from: the end of the trial, or the start, or a switch to yearly.</summary>
    public DateTimeOffset Anchor { get; private set; }

    /// <summary>IANA zone the periods run in.</summary>
    public string TimeZone { get; private set; } = "";

    public DateTimeOffset? TrialEndsAt { get; private set; }

    /// <summary>When the subscriber was told that the trial ends soon (<see cref="WarnTrialEnding"/>).</summary>
    public DateTimeOffset? TrialWarnedAt { get; private set; }

    public DateTimeOffset PeriodStart { get; private set; }

    public DateTimeOffset PeriodEnd { get; private set; }

    /// <summary>The period running now (or the trial), <c>[PeriodStart, PeriodEnd)</c>.</summary>
    public BillingPeriod CurrentPeriod
    {
        get => new(PeriodStart, PeriodEnd);
        // Kept as UTC instants: the calendar's local offsets are for counting, and databases store UTC.
        private set => (PeriodStart, PeriodEnd) = (value.Start.ToUniversalTime(), value.End.ToUniversalTime());
    }

    public bool CancelAtPeriodEnd { get; private set; }

    public DateTimeOffset? CanceledAt { get; private set; }

    /// <summary>
    /// Subscribes at <paramref name="now"/>: trialing for <paramref name="trialDays"/> (the first period starts when the
    /// trial ends), or active at once with the first period starting now.
    /// </summary>
    /// <exception cref="DomainException"><c>subscription.trial_days</c> below 0; <c>billing_customer.time_zone_unknown</c>.</exception>
    public static Subscription Start(Guid organizationId, SubscribedPrice price, int trialDays, string timeZone,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(price);
        now = WholeSecond(now);
        if (trialDays < 0)
            throw new DomainException("subscription.trial_days", "A trial cannot last less than 0 days.");
        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Currency = price.Amount.Currency,
            TimeZone = timeZone,
            CreatedAt = now,
        };
        subscription.BillAt(price);
        var zone = subscription.Zone();
        if (trialDays > 0)
        {
            subscription.Status = SubscriptionStatus.Trialing;
            subscription.TrialEndsAt = now.AddDays(trialDays);
            subscription.Anchor = subscription.TrialEndsAt.Value;
            subscription.CurrentPeriod = new BillingPeriod(now, subscription.Anchor);
        }
        else
        {
            subscription.Status = SubscriptionStatus.Active;
            subscription.Anchor = now;
            subscription.CurrentPeriod = BillingCalendar.Period(now, price.Interval, zone, 0);
        }

        subscription.Raise(new SubscriptionPlanChanged(organizationId, subscription.Id));
        return subscription;
    }

    /// <summary>What changing to <paramref name="next"/> at <paramref name="now"/> would do, without doing it.</summary>
    /// <exception cref="DomainException">As <see cref="ChangeTo"/>.</exception>
    public PlanChangeOutcome Preview(SubscribedPrice next, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(next);
        RequireLive();
        if (!string.Equals(next.Amount.Currency, Currency, StringComparison.Ordinal))
            throw new DomainException("money.currency_mismatch",
                $"The subscription is billed in {Currency}; a price in {next.Amount.Currency} cannot replace it.");
        if (next.PriceId == PriceId)
        {
            // Back to the price billed now: a change waiting for the period's end is dropped.
            return PendingPriceId is null
                ? throw new DomainException("subscription.same_price", "The subscription is already at this price.")
                : new PlanChangeOutcome(PlanChangeTiming.ImmediateWithoutProration, now, null);
        }

        if (Status == SubscriptionStatus.Trialing)
            return new PlanChangeOutcome(PlanChangeTiming.ImmediateWithoutProration, now, null);
        var timing = PlanChange.Timing(Price.Amount, Price.Interval, next.Amount, next.Interval);
        return timing switch
        {
            PlanChangeTiming.ImmediateWithProration => new PlanChangeOutcome(timing, now,
                Proration.BySecond(Price.Amount, next.Amount, CurrentPeriod.Start, CurrentPeriod.End, now)),
            PlanChangeTiming.ImmediateNewTerm => new PlanChangeOutcome(timing, now,
                Proration.ToYearly(Price.Amount, next.Amount, CurrentPeriod.Start, CurrentPeriod.End, now)),
            PlanChangeTiming.AtPeriodEnd => new PlanChangeOutcome(timing, CurrentPeriod.End, null),
            _ => new PlanChangeOutcome(timing, now, null),
        };
    }

    /// <summary>Changes to <paramref name="next"/> as <see cref="Preview"/> says; the caller invoices the proration.</summary>
    /// <exception cref="DomainException">
    /// <c>subscription.canceled</c>; <c>subscription.same_price</c>; <c>money.currency_mismatch</c> for another currency.
    /// </exception>
    public PlanChangeOutcome ChangeTo(SubscribedPrice next, DateTimeOffset now)
    {
        var outcome = Preview(next, now);
        switch (outcome.Timing)
        {
            case PlanChangeTiming.AtPeriodEnd:
                SetPending(next);
                break;
            case PlanChangeTiming.ImmediateNewTerm:
                BillAt(next);
                Anchor = WholeSecond(now);
                CurrentPeriod = BillingCalendar.Period(Anchor, next.Interval, Zone(), 0);
                break;
            default:
                BillAt(next);
                break;
        }

        return outcome;
    }

    /// <summary>Stops renewing at the end of the current period; <see cref="Resume"/> takes it back.</summary>
    public void CancelAtEndOfPeriod()
    {
        RequireLive();
        CancelAtPeriodEnd = true;
    }

    public void Resume()
    {
        RequireLive();
        CancelAtPeriodEnd = false;
    }

    /// <summary>Ends the subscription at once; no refund (billing.md §9).</summary>
    public void CancelNow(DateTimeOffset now)
    {
        RequireLive();
        Cancel(now);
    }

    /// <summary>
    /// Moves to the next period once the current one has ended: the pending price applies (yearly to monthly counts its
    /// months from the end of the yearly term), a trial becomes active. With <see cref="CancelAtPeriodEnd"/> set, the
    /// subscription ends instead. Returns whether a new period started (and is to be invoiced).
    /// </summary>
    /// <exception cref="DomainException"><c>subscription.period_not_over</c> before the period's end.</exception>
    public bool Renew(DateTimeOffset now)
    {
        RequireLive();
        if (now < CurrentPeriod.End)
            throw new DomainException("subscription.period_not_over", $"The current period runs until {CurrentPeriod.End:O}.");
        if (CancelAtPeriodEnd)
        {
            Cancel(CurrentPeriod.End);
            return false;
        }

        var end = CurrentPeriod.End;
        if (PendingPrice is { } pending)
        {
            if (pending.Interval != Interval)
                Anchor = end.ToUniversalTime();
            BillAt(pending);
        }

        if (Status == SubscriptionStatus.Trialing)
        {
            Status = SubscriptionStatus.Active;
            TrialEndsAt = null;
        }

        CurrentPeriod = BillingCalendar.Containing(Anchor, Interval, Zone(), end);
        return true;
    }

    /// <summary>
    /// Tells the subscriber, once per trial, that it ends within <see cref="TrialWarning"/>: raises
    /// <see cref="TrialEnding"/>. Returns whether this call did; nothing happens outside that window or for a trial
    /// already warned of.
    /// </summary>
    public bool WarnTrialEnding(DateTimeOffset now)
    {
        if (Status != SubscriptionStatus.Trialing || TrialWarnedAt is not null || TrialEndsAt - now > TrialWarning)
            return false;
        TrialWarnedAt = now;
        Raise(new TrialEnding(OrganizationId, Id));
        return true;
    }

    /// <summary>A renewal's payment failed: dunning starts, access continues.</summary>
    public void PaymentFailed()
    {
        RequireLive();
        Status = SubscriptionStatus.PastDue;
    }

    /// <summary>A retry or another payment succeeded: dunning stops.</summary>
    public void PaymentRecovered()
    {
        if (Status == SubscriptionStatus.PastDue)
            Status = SubscriptionStatus.Active;
    }

    /// <summary>The last retry failed: the subscription ends.</summary>
    public void DunningExhausted(DateTimeOffset now)
    {
        if (Status != SubscriptionStatus.PastDue)
            throw new DomainException("subscription.not_past_due", "Only a past-due subscription runs out of retries.");
        Cancel(now);
        Raise(new SubscriptionEndedUnpaid(OrganizationId, Id));
    }

    private void Cancel(DateTimeOffset at)
    {
        Status = SubscriptionStatus.Canceled;
        CanceledAt = at;
        SetPending(null);
        CancelAtPeriodEnd = false;
        Raise(new SubscriptionPlanChanged(OrganizationId, Id));
    }

    // Bills at the price from now on, with nothing pending; the organization's limits follow.
    private void BillAt(SubscribedPrice price)
    {
        if (Id != Guid.Empty && PriceId != Guid.Empty)
            Raise(new SubscriptionPlanChanged(OrganizationId, Id));
        (PlanId, PlanCode, PriceId, Interval, Amount) =
            (price.PlanId, price.PlanCode, price.PriceId, price.Interval, price.Amount.Amount);
        SetPending(null);
    }

    private void SetPending(SubscribedPrice? price)
    {
        (PendingPlanId, PendingPlanCode, PendingPriceId, PendingInterval, PendingAmount) =
            (price?.PlanId, price?.PlanCode, price?.PriceId, price?.Interval, price?.Amount.Amount);
    }

    private void RequireLive()
    {
        if (Status == SubscriptionStatus.Canceled)
            throw new DomainException("subscription.canceled", "The subscription has ended.");
    }

    // Anchors and periods count in whole seconds, as proration does; every database keeps them exactly.
    private static DateTimeOffset WholeSecond(DateTimeOffset at) =>
        new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private TimeZoneInfo Zone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone)
        ? zone
        : throw new DomainException("billing_customer.time_zone_unknown", $"'{TimeZone}' is not a known time zone.");
}
