using CleanPlatform.Application.Billing.Catalogue.Common;

namespace CleanPlatform.Application.Billing.Catalogue.ListPlans;

/// <summary>The plans on sale, cheapest first, and every currency they have a current price in.</summary>
public sealed record PlanCatalogueDto(IReadOnlyList<PlanDto> Plans, IReadOnlyList<string> Currencies)
{
    /// <summary>The most plans listed: a catalogue holds a handful.</summary>
    public const int MaxPlans = 50;
}

/// <summary>
/// A plan on sale: what it is called, the trial a new subscription gets, the limits it sets (requests per minute per
/// caller, requests per calendar month per organization) and its current prices, monthly and yearly per currency.
/// </summary>
public sealed record PlanDto(
    string Code, string Name, string Description, int TrialDays, int RequestsPerMinute, long MonthlyQuota,
    IReadOnlyList<PlanPriceDto> Prices);
