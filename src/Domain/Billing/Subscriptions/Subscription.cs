namespace CleanPlatform.Domain.Billing.Subscriptions;

/// <summary>
/// An organization's subscription to a plan price (billing.md §3, §9): its state, its current period counted from the
/// billing anchor in the customer's time zone, and a change waiting for the period's end. Plan changes follow
/// <see cref="PlanChange"/>: an upgrade applies at once with proration lines and keeps the anchor; monthly to yearly
/// applies at once with a new anchor; a downgrade and yearly to monthly wait for the end of the period. During a trial
/// any change applies at once and nothing is billed.
/// </summary>
public sealed class Subscription : Entity, IAggregateRoot, ITenantOwned
{
    private Subscription() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public SubscriptionStatus Status { get; private set; }

    public SubscribedPrice Price { get; private set; } = null!;

    /// <summary>What the subscription moves to at the end of the current period, if anything.</summary>
    public SubscribedPrice? PendingPrice { get; private set; }

    /// <summary>Where periods are counted from: the end of the trial, or the start, or a switch to yearly.</summary>
    public DateTimeOffset Anchor { get; private set; }

    /// <summary>IANA zone the periods run in.</summary>
    public string TimeZone { get; private set; } = "";

    public DateTimeOffset? TrialEndsAt { get; private set; }

    public BillingPeriod CurrentPeriod { get; private set; }

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
        if (trialDays < 0)
            throw new DomainException("subscription.trial_days", "A trial cannot last less than 0 days.");
        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Price = price,
            TimeZone = timeZone,
            CreatedAt = now,
        };
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

        return subscription;
    }

    /// <summary>What changing to <paramref name="next"/> at <paramref name="now"/> would do, without doing it.</summary>
    /// <exception cref="DomainException">As <see cref="ChangeTo"/>.</exception>
    public PlanChangeOutcome Preview(SubscribedPrice next, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(next);
        RequireLive();
        if (next.PriceId == Price.PriceId)
            throw new DomainException("subscription.same_price", "The subscription is already at this price.");
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
                PendingPrice = next;
                break;
            case PlanChangeTiming.ImmediateNewTerm:
                Price = next;
                PendingPrice = null;
                Anchor = now;
                CurrentPeriod = BillingCalendar.Period(now, next.Interval, Zone(), 0);
                break;
            default:
                Price = next;
                PendingPrice = null;
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
            if (pending.Interval != Price.Interval)
                Anchor = end;
            Price = pending;
            PendingPrice = null;
        }

        if (Status == SubscriptionStatus.Trialing)
        {
            Status = SubscriptionStatus.Active;
            TrialEndsAt = null;
        }

        CurrentPeriod = BillingCalendar.Containing(Anchor, Price.Interval, Zone(), end);
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
    }

    private void Cancel(DateTimeOffset at)
    {
        Status = SubscriptionStatus.Canceled;
        CanceledAt = at;
        PendingPrice = null;
        CancelAtPeriodEnd = false;
    }

    private void RequireLive()
    {
        if (Status == SubscriptionStatus.Canceled)
            throw new DomainException("subscription.canceled", "The subscription has ended.");
    }

    private TimeZoneInfo Zone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone)
        ? zone
        : throw new DomainException("billing_customer.time_zone_unknown", $"'{TimeZone}' is not a known time zone.");
}
