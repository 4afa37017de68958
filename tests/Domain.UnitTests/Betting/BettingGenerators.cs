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

    /// <summary>Grades of every market the engine settles: handicaps and totals on every quarter line, 1X2, moneylines, dead heats, voids.</summary>
    public static Gen<Grade> Grades => Gen.OneOf(
        from line in QuarterLines(-12, 12)
        from difference in Gen.Choose(-6, 6)
        select HandicapGrading.AsianHandicap(line, difference),
        from side in Gen.Elements(TotalsSide.Over, TotalsSide.Under)
        from line in QuarterLines(1, 26)
        from goals in Gen.Choose(0, 9)
        select HandicapGrading.Totals(side, line, goals),
        from pick in Gen.Elements(MatchOutcome.Home, MatchOutcome.Draw, MatchOutcome.Away)
        from score in Scores
        select MatchGrading.ThreeWay(pick, score),
        from side in Gen.Elements(Side.Home, Side.Away)
        from tie in Gen.Elements(TieRule.Push, TieRule.Loss)
        from score in Scores
        select MatchGrading.Moneyline(side, score, tie),
        from places in Gen.Choose(1, 3)
        from tied in Gen.Choose(2, 5)
        select Grade.OfDeadHeat(places, tied),
        Gen.Constant(Grade.Void));

    private static Gen<Score> Scores =>
        from home in Gen.Choose(0, 5)
        from away in Gen.Choose(0, 5)
        select new Score(home, away);

    private static Gen<decimal> QuarterLines(int fromQuarters, int toQuarters) =>
        Gen.Choose(fromQuarters, toQuarters).Select(q => q / 4m);
}
