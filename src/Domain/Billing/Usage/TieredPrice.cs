using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Usage;

/// <summary>
/// Prices a quantity by tiers (billing.md §8, §15). <b>Graduated</b>: each unit at the price of the tier it falls
/// in, one line per tier touched, each rounded on its own, with every touched tier's flat amount. <b>Volume</b>:
/// every unit at the price of the tier the total reaches, one line, with that tier's flat amount. With the tiers
/// ≤10,000 free, ≤100,000 at 0.0010, ≤1,000,000 at 0.0008, then 0.0005: 250,000 calls are 210.00 graduated and
/// 200.00 by volume.
/// </summary>
public sealed class TieredPrice
{
    private readonly IReadOnlyList<PriceTier> _tiers;

    /// <exception cref="DomainException"><c>tiers.invalid</c> unless the bounds increase and only the last is open.</exception>
    public TieredPrice(IReadOnlyList<PriceTier> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        if (tiers.Count == 0 || tiers[^1].UpTo is not null
            || tiers.Take(tiers.Count - 1).Any(tier => tier.UpTo is null)
            || tiers.Zip(tiers.Skip(1)).Any(pair => pair.Second.UpTo is { } next && next <= pair.First.UpTo)
            || tiers.Any(tier => tier.UpTo <= 0 || tier.UnitPrice < 0m || tier.FlatAmount < 0m))
            throw new DomainException("tiers.invalid",
                "Tiers need increasing positive bounds, an open last tier, and prices of 0 or more.");
        _tiers = tiers;
    }

    /// <summary>One line per tier with units in it; a quantity of 0 gives one line of 0 units at the first tier.</summary>
    public IReadOnlyList<TierLine> Graduated(long quantity, string currency)
    {
        NotNegative(quantity);
        var lines = new List<TierLine>();
        var below = 0L;
        for (var i = 0; i < _tiers.Count && below < quantity; i++)
        {
            var tier = _tiers[i];
            var units = Math.Min(quantity, tier.UpTo ?? long.MaxValue) - below;
            lines.Add(new TierLine(i + 1, units, tier.UnitPrice, new Money(units * tier.UnitPrice + tier.FlatAmount, currency)));
            below = tier.UpTo ?? quantity;
        }

        return lines.Count > 0 ? lines : [new TierLine(1, 0, _tiers[0].UnitPrice, Money.Zero(currency))];
    }

    /// <summary>The one line of the tier that <paramref name="quantity"/> reaches.</summary>
    public TierLine Volume(long quantity, string currency)
    {
        NotNegative(quantity);
        var index = _tiers.Select((tier, i) => (tier, i)).First(t => t.tier.UpTo is null || quantity <= t.tier.UpTo).i;
        var reached = _tiers[index];
        return new TierLine(index + 1, quantity, reached.UnitPrice,
            new Money(quantity * reached.UnitPrice + reached.FlatAmount, currency));
    }

    private static void NotNegative(long quantity)
    {
        if (quantity < 0)
            throw new DomainException("tiers.negative_quantity", $"A quantity of {quantity} cannot be priced.");
    }
}
