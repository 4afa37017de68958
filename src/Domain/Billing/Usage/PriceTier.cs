namespace CleanPlatform.Domain.Billing.Usage;

/// <summary>
/// One tier of a metered price (billing.md §8): units up to <see cref="UpTo"/> inclusive (null for the last,
/// open tier) at <see cref="UnitPrice"/> each (up to 6 decimals), plus an optional flat amount for the tier.
/// </summary>
public sealed record PriceTier(long? UpTo, decimal UnitPrice, decimal FlatAmount = 0m)
{
    public long? UpTo { get; } = UpTo;

    public decimal UnitPrice { get; } = UnitPrice;

    public decimal FlatAmount { get; } = FlatAmount;
}
