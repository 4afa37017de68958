namespace CleanPlatform.Infrastructure.Billing.Seeding;

/// <summary>
/// The plan catalogue a new installation starts with, from configuration section <c>Billing:Catalogue</c>
/// (<c>Billing:Catalogue:Plans:Pro:Prices:EUR:Monthly</c>). Each plan's limits stay in <c>Plans:&lt;Code&gt;</c>. Read
/// at every start, but only what is missing is added: a plan's first price in an interval and currency comes from
/// here, later prices are published through the API as new revisions and survive restarts.
/// </summary>
public sealed class CatalogueSeedOptions
{
    public const string Section = "Billing:Catalogue";

    public Dictionary<string, PlanSeed> Plans { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>One plan of <see cref="CatalogueSeedOptions"/>.</summary>
public sealed class PlanSeed
{
    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public int TrialDays { get; init; }

    /// <summary>Where the plan is listed: lower first.</summary>
    public int Position { get; init; }

    /// <summary>By ISO 4217 code.</summary>
    public Dictionary<string, IntervalPrices> Prices { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>A plan's first monthly and yearly price in one currency; either may be left out.</summary>
public sealed class IntervalPrices
{
    public decimal? Monthly { get; init; }

    public decimal? Yearly { get; init; }
}
