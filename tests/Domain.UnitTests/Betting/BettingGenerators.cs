using FsCheck;
using FsCheck.Fluent;

namespace CleanPlatform.Domain.UnitTests.Betting;

/// <summary>Generated inputs for the betting property tests.</summary>
internal static class BettingGenerators
{
    /// <summary>Two- and three-way markets: fair probabilities from integer weights, a margin of 0–15 %, prices to three decimals.</summary>
    public static Gen<MarketPrices> Markets =>
        from outcomes in Gen.Elements(2, 3)
        from weights in Gen.ArrayOf(Gen.Choose(1, 20), outcomes)
        from margin in Gen.Choose(0, 15_000).Select(m => m / 100_000.0)
        let implied = weights.Select(w => (1.0 + margin) * w / weights.Sum()).ToList()
        where implied.All(pi => pi <= 0.99)
        select MarketPrices.Of(implied.Select(pi => (decimal?)Math.Round(1m / (decimal)pi, 3)));

    /// <summary>Decimal odds from 1.01 to 100.00.</summary>
    public static Gen<Odds> Odds => Gen.Choose(101, 10_000).Select(cents => new Odds(cents / 100m));

    /// <summary>Stakes from 0.01 to 1,000.00, in whole cents.</summary>
    public static Gen<decimal> Stakes => Gen.Choose(1, 100_000).Select(cents => cents / 100m);

    /// <summary>Percentages from 1 % to 100 %.</summary>
    public static Gen<Percentage> Percentages => Gen.Choose(1, 100).Select(p => new Percentage(p));

    /// <summary>Probabilities from 0 to 1 in steps of 0.001.</summary>
    public static Gen<double> Probabilities => Gen.Choose(0, 1000).Select(p => p / 1000.0);
}
