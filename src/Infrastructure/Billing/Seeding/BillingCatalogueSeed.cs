using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Domain.Billing.Subscriptions;
using CleanPlatform.Infrastructure.Persistence.Seeding;

namespace CleanPlatform.Infrastructure.Billing.Seeding;

/// <summary>
/// Adds the configured plans that do not exist yet, and each plan's first price in every interval and currency it has
/// none in (<see cref="CatalogueSeedOptions"/>). Existing plans and prices are left as they are: the catalogue owns them
/// once they exist.
/// </summary>
internal sealed class BillingCatalogueSeed(
    AppDbContext db, IOptions<CatalogueSeedOptions> catalogue, IOptionsMonitor<PlanOptions> limits, TimeProvider time)
    : IModuleReferenceData
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var plans = await db.BillingPlans.AsTracking().ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, ct);
        var priced = (await db.PlanPrices.AsNoTracking().Select(p => new { p.PlanId, p.Interval, p.Currency }).Distinct()
            .ToListAsync(ct)).Select(p => (p.PlanId, p.Interval, p.Currency)).ToHashSet();
        foreach (var (code, seed) in catalogue.Value.Plans)
        {
            if (limits.Get(code).RequestsPerMinute <= 0 || limits.Get(code).MonthlyQuota <= 0)
                throw new InvalidOperationException(
                    $"{CatalogueSeedOptions.Section}:Plans:{code} has no limits: set Plans:{code}:RequestsPerMinute and Plans:{code}:MonthlyQuota.");
            if (!plans.TryGetValue(code, out var plan))
            {
                plan = BillingPlan.Define(code, seed.Name, seed.Description, seed.TrialDays, seed.Position, now);
                db.BillingPlans.Add(plan);
            }

            foreach (var (currency, prices) in seed.Prices)
            {
                AddFirst(plan, BillingInterval.Monthly, currency, prices.Monthly);
                AddFirst(plan, BillingInterval.Yearly, currency, prices.Yearly);
            }
        }

        await db.SaveChangesAsync(ct);

        void AddFirst(BillingPlan plan, BillingInterval interval, string currency, decimal? amount)
        {
            if (amount is { } value && !priced.Contains((plan.Id, interval, currency)))
                db.PlanPrices.Add(PlanPrice.First(plan.Id, interval, new Money(value, currency), now));
        }
    }
}
