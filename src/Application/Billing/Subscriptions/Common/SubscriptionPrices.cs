using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.Common;

/// <summary>The catalogue's current price of a plan, as a subscription is billed at it.</summary>
public sealed class SubscriptionPrices(IBillingDb db)
{
    /// <exception cref="ValidationException">
    /// <c>planCode</c> for an unknown or free plan (a free plan needs no subscription); <c>interval</c> when the plan
    /// has no price in that interval and currency.
    /// </exception>
    public async Task<SubscribedPrice> CurrentAsync(string planCode, BillingInterval interval, string currency,
        CancellationToken ct)
    {
        var plan = await db.BillingPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Code == planCode, ct)
            ?? throw new ValidationException("planCode", $"There is no plan '{planCode}'.");
        var price = await db.PlanPrices.AsNoTracking()
            .SingleOrDefaultAsync(p => p.PlanId == plan.Id && p.Interval == interval && p.Currency == currency
                && p.RetiredAt == null, ct)
            ?? throw new ValidationException("interval",
                $"The {plan.Name} plan has no {interval.ToString().ToLowerInvariant()} price in {currency}.");
        if (price.Amount == 0m)
            throw new ValidationException("planCode",
                $"The {plan.Name} plan is free and needs no subscription: cancel at the end of the period to return to it.");
        return new SubscribedPrice(plan.Id, plan.Code, price.Id, interval, price.Price);
    }
}
