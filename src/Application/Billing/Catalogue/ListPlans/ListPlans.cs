using CleanPlatform.Application.Billing.Catalogue.Common;
using CleanPlatform.Application.Billing.Common;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Catalogue.ListPlans;

/// <summary>
/// The plans on sale with their current prices, for anyone (the public pricing page reads it). With
/// <paramref name="Currency"/>, only the prices in that currency.
/// </summary>
public sealed record ListPlans(string? Currency = null) : IQuery<PlanCatalogueDto>;

public sealed class ListPlansHandler(IBillingDb db, PlanCatalogueCache cache, IOptionsMonitor<PlanOptions> limits)
    : IQueryHandler<ListPlans, PlanCatalogueDto>
{
    public async ValueTask<PlanCatalogueDto> Handle(ListPlans query, CancellationToken cancellationToken)
    {
        var (plans, current) = await cache.GetAsync(LoadAsync, cancellationToken);
        var prices = current.Where(p => query.Currency is null || p.Currency == query.Currency).ToLookup(p => p.PlanId);
        var currencies = current.Select(p => p.Currency).Distinct();

        return new PlanCatalogueDto(
            [.. plans.Select(plan => new PlanDto(plan.Code, plan.Name, plan.Description, plan.TrialDays,
                limits.Get(plan.Code).RequestsPerMinute, limits.Get(plan.Code).MonthlyQuota,
                [.. prices[plan.Id].OrderBy(p => p.Currency, StringComparer.Ordinal).ThenBy(p => p.Interval)
                    .Select(PlanPriceDto.From)]))],
            [.. currencies.Order(StringComparer.Ordinal)]);
    }

    // The current prices are a few dozen rows.
    private async Task<CachedCatalogue> LoadAsync(CancellationToken ct) => new(
        await db.BillingPlans.AsNoTracking().OrderBy(p => p.Position).ThenBy(p => p.Code)
            .Take(PlanCatalogueDto.MaxPlans).ToListAsync(ct),
        await db.PlanPrices.AsNoTracking().Where(p => p.RetiredAt == null).ToListAsync(ct));
}
