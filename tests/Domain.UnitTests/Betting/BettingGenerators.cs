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
}
