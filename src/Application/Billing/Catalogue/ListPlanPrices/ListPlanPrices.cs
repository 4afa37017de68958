using CleanPlatform.Application.Billing.Catalogue.Common;
using CleanPlatform.Application.Billing.Common;

namespace CleanPlatform.Application.Billing.Catalogue.ListPlanPrices;

/// <summary>Every price revision of one plan, retired ones included: the platform administrator's price history.</summary>
[Authorize(PlatformAdmin = true)]
public sealed record ListPlanPrices(string Code) : IQuery<PlanPriceHistoryDto>;

public sealed class ListPlanPricesHandler(IBillingDb db) : IQueryHandler<ListPlanPrices, PlanPriceHistoryDto>
{
    public async ValueTask<PlanPriceHistoryDto> Handle(ListPlanPrices query, CancellationToken cancellationToken)
    {
        var plan = await db.PlanAsync(query.Code, cancellationToken);
        var prices = await db.PlanPrices.AsNoTracking().Where(p => p.PlanId == plan.Id)
            .OrderBy(p => p.Currency).ThenBy(p => p.Interval).ThenByDescending(p => p.Revision)
            .Take(PlanPriceHistoryDto.MaxPrices).ToListAsync(cancellationToken);
        return new PlanPriceHistoryDto(plan.Code, [.. prices.Select(PlanPriceDto.From)]);
    }
}

/// <summary>A plan's price revisions by currency, then interval, newest revision first.</summary>
public sealed record PlanPriceHistoryDto(string Code, IReadOnlyList<PlanPriceDto> Prices)
{
    /// <summary>The most revisions listed.</summary>
    public const int MaxPrices = 1000;
}
