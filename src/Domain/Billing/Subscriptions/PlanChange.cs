using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Subscriptions;

/// <summary>
/// Classifies a change from one plan price to another (billing.md §3, §15). Interval switches decide first:
/// monthly to yearly applies at once with a new term, yearly to monthly at the end of the term. Within one
/// interval, prices are compared per month (yearly ÷ 12): higher is an upgrade (at once, prorated), lower a
/// downgrade (at period end), equal applies at once without proration.
/// </summary>
public static class PlanChange
{
    /// <exception cref="DomainException"><c>money.currency_mismatch</c> when the prices are in different currencies.</exception>
    public static PlanChangeTiming Timing(Money currentPrice, BillingInterval currentInterval, Money newPrice,
        BillingInterval newInterval)
    {
        ArgumentNullException.ThrowIfNull(currentPrice);
        ArgumentNullException.ThrowIfNull(newPrice);
        if (currentInterval == BillingInterval.Monthly && newInterval == BillingInterval.Yearly)
            return PlanChangeTiming.ImmediateNewTerm;
        if (currentInterval == BillingInterval.Yearly && newInterval == BillingInterval.Monthly)
            return PlanChangeTiming.AtPeriodEnd;

        if (!string.Equals(currentPrice.Currency, newPrice.Currency, StringComparison.Ordinal))
            throw new DomainException("money.currency_mismatch",
                $"A plan in {currentPrice.Currency} cannot change to a price in {newPrice.Currency}.");
        var comparison = PerMonth(currentPrice, currentInterval).CompareTo(PerMonth(newPrice, newInterval));
        return comparison switch
        {
            < 0 => PlanChangeTiming.ImmediateWithProration,
            > 0 => PlanChangeTiming.AtPeriodEnd,
            _ => PlanChangeTiming.ImmediateWithoutProration,
        };
    }

    // Compared unrounded: 290 a year is 24.1666… a month, not 24.17.
    private static decimal PerMonth(Money price, BillingInterval interval) =>
        interval == BillingInterval.Yearly ? price.Amount / 12m : price.Amount;
}
