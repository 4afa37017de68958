using System.Globalization;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.Common;

/// <summary>The invoice lines a subscription bills, dated in the customer's time zone (billing.md §3).</summary>
public static class SubscriptionLines
{
    /// <summary>A period's charge: "Pro, monthly: 1 Jun 2026 – 30 Jun 2026" (the last day the period covers).</summary>
    public static (string Description, Money Amount) Period(SubscribedPrice price, BillingPeriod period, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(price);
        var zone = Zone(timeZone);
        var first = TimeZoneInfo.ConvertTime(period.Start, zone);
        var last = TimeZoneInfo.ConvertTime(period.End, zone).AddTicks(-1);
        return (string.Create(CultureInfo.InvariantCulture,
            $"{price.PlanCode}, {Name(price.Interval)}: {first:d MMM yyyy} – {last:d MMM yyyy}"), price.Amount);
    }

    /// <summary>
    /// What a change bills at once: the two proration lines (unused time on the old price, remaining time on the new),
    /// or, for monthly to yearly, the credit and the new term's charge.
    /// </summary>
    public static IReadOnlyList<(string Description, Money Amount)> Change(SubscribedPrice from, SubscribedPrice to,
        PlanChangeOutcome outcome, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Proration is not { } proration)
            return [];
        var at = TimeZoneInfo.ConvertTime(outcome.EffectiveAt, Zone(timeZone));
        var credit = (string.Create(CultureInfo.InvariantCulture,
            $"Unused time on {from.PlanCode} ({Name(from.Interval)}) after {at:d MMM yyyy HH:mm}"), proration.UnusedTimeCredit);
        return outcome.Timing == PlanChangeTiming.ImmediateNewTerm
            ? [credit, Period(to, BillingCalendar.Period(outcome.EffectiveAt, to.Interval, Zone(timeZone), 0), timeZone)
                with { Amount = proration.RemainingTimeCharge }]
            : [credit, (string.Create(CultureInfo.InvariantCulture,
                $"Remaining time on {to.PlanCode} ({Name(to.Interval)}) after {at:d MMM yyyy HH:mm}"),
                proration.RemainingTimeCharge)];
    }

    private static string Name(BillingInterval interval) =>
        interval == BillingInterval.Yearly ? "yearly" : "monthly";

    /// <summary>The customer's zone, or UTC for a name this machine does not know.</summary>
    internal static TimeZoneInfo Zone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
