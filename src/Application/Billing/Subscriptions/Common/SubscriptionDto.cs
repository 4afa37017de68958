using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.Common;

/// <summary>
/// A subscription: its state, the plan and price billed now per interval (VAT excluded), the current period (the trial
/// while trialing), what it moves to at the period's end, and the <c>version</c> to send with a change.
/// </summary>
public sealed record SubscriptionDto(
    Guid Id, SubscriptionStatus Status, string PlanCode, BillingInterval Interval, MoneyDto Price,
    DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd, DateTimeOffset? TrialEndsAt, PendingChangeDto? PendingChange,
    bool CancelAtPeriodEnd, DateTimeOffset? CanceledAt, string TimeZone, DateTimeOffset CreatedAt, int Version) : IHasId
{
    public static SubscriptionDto From(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var pending = subscription.PendingPrice is { } next
            ? new PendingChangeDto(next.PlanCode, next.Interval, MoneyDto.From(next.Amount), subscription.PeriodEnd)
            : null;
        return new(subscription.Id, subscription.Status, subscription.PlanCode, subscription.Interval,
            MoneyDto.From(subscription.Price.Amount), subscription.PeriodStart, subscription.PeriodEnd,
            subscription.TrialEndsAt, pending, subscription.CancelAtPeriodEnd, subscription.CanceledAt,
            subscription.TimeZone, subscription.CreatedAt, subscription.Version);
    }
}

/// <summary>A plan change waiting for the end of the period (a downgrade, or yearly to monthly).</summary>
public sealed record PendingChangeDto(string PlanCode, BillingInterval Interval, MoneyDto Price, DateTimeOffset EffectiveAt);
