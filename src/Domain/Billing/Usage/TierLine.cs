using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Usage;

/// <summary>A line a tiered price bills: which tier (from 1), how many units, and the amount, rounded on its own.</summary>
public sealed record TierLine(int Tier, long Units, decimal UnitPrice, Money Amount)
{
    public int Tier { get; } = Tier;

    public long Units { get; } = Units;

    public decimal UnitPrice { get; } = UnitPrice;

    public Money Amount { get; } = Amount;
}
