using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Usage.Common;

/// <summary>
/// The period usage counts towards now: the live subscription's current period (its trial included), or, for an
/// organization on the free plan without a subscription, the calendar month in UTC.
/// </summary>
public static class UsagePeriods
{
    public static async Task<BillingPeriod> CurrentAsync(IBillingDb db, Guid organizationId, DateTimeOffset now,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var period = await db.Subscriptions.Where(Subscription.IsLive).Where(s => s.OrganizationId == organizationId)
            .Select(s => new { s.PeriodStart, s.PeriodEnd }).SingleOrDefaultAsync(ct);
        if (period is not null)
            return new BillingPeriod(period.PeriodStart, period.PeriodEnd);
        var month = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return new BillingPeriod(month, month.AddMonths(1));
    }

    /// <summary>From when events are still accepted: the current period's start (the ones before are invoiced).</summary>
    public static async Task<DateTimeOffset> OpensAtAsync(IBillingDb db, Guid organizationId, DateTimeOffset now,
        CancellationToken ct) => (await CurrentAsync(db, organizationId, now, ct)).Start;
}
