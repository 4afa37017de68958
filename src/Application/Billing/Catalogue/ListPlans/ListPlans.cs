using CleanPlatform.Application.Billing.Catalogue.Common;
using CleanPlatform.Application.Billing.Common;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Catalogue.ListPlans;

/// <summary>
/// The plans on sale with their current prices, for anyone (the public pricing page reads it). With
/// <paramref name="Currency"/>, only the prices in that currency.
/// </summary>
public sealed record ListPlans(string? Currency = null) : IQuery<PlanCatalogueDto>;

public sealed class ListPlansHandler(IBillingDb db, IOptionsMonitor<PlanOptions> limits)
    : IQueryHandler<ListPlans, PlanCatalogueDto>
{
    public async ValueTask<PlanCatalogueDto> Handle(ListPlans query, CancellationToken cancellationToken)
    {
        var plans = await db.BillingPlans.AsNoTracking().OrderBy(p => p.Position).ThenBy(p => p.Code)
            .Take(PlanCatalogueDto.MaxPlans).ToListAsync(cancellationToken);
        var current = db.PlanPrices.AsNoTracking().Where(p => p.RetiredAt == null);
        if (query.Currency is { } currency)
            current = current.Where(p => p.Currency == currency);
        var prices = (await current.ToListAsync(cancellationToken)).ToLookup(p => p.PlanId);
        var currencies = await db.PlanPrices.AsNoTracking().Where(p => p.RetiredAt == null)
            .Select(p => p.Currency).Distinct().ToListAsync(cancellationToken);

        return new PlanCatalogueDto(
            [.. plans.Select(plan => new PlanDto(plan.Code, plan.Name, plan.Description, plan.TrialDays,
                limits.Get(plan.Code).RequestsPerMinute, limits.Get(plan.Code).MonthlyQuota,
                [.. prices[plan.Id].OrderBy(p => p.Currency, StringComparer.Ordinal).ThenBy(p => p.Interval)
                    .Select(PlanPriceDto.From)]))],
            [.. currencies.Order(StringComparer.Ordinal)]);
    }
}
