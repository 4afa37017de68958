using CleanPlatform.Domain.Betting.Goals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CleanPlatform.Domain.UnitTests.Betting.Goals;

public sealed class GoalModelPropertyTests
{
    private static Gen<ScoreGrid> Grids =>
        from home in Gen.Choose(20, 400)
        from away in Gen.Choose(20, 400)
        select ScoreGrid.Of(home / 100.0, away / 100.0);

    private static Gen<decimal> Lines => Gen.Choose(-12, 12).Select(q => q / 4m);

    [Property(MaxTest = 200)]
    public Property FairProbability_AnyHandicap_LiesInZeroOneAndFallsAsTheLineGetsHarder() =>
        Prop.ForAll(Grids.ToArbitrary(), Lines.ToArbitrary(), (grid, line) =>
        {
            var (p, harder) = (Home(grid, line), Home(grid, line - 0.25m));
            return p is > 0.0 and < 1.0 && harder <= p + 1e-12;
        });

    [Property(MaxTest = 200)]
    public Property FairProbability_AnyTotal_LiesInZeroOneAndOverFallsAsTheLineRises() =>
        Prop.ForAll(Grids.ToArbitrary(), Gen.Choose(1, 24).Select(q => q / 4m).ToArbitrary(), (grid, line) =>
        {
            var over = LineRepricing.FairProbability(grid, MarketKind.Totals, Selection.Over, line);
            var higher = LineRepricing.FairProbability(grid, MarketKind.Totals, Selection.Over, line + 0.25m);
            var under = LineRepricing.FairProbability(grid, MarketKind.Totals, Selection.Under, line);
            return over is > 0.0 and < 1.0 && higher <= over + 1e-12 && Math.Abs(over + under - 1.0) < 1e-12;
        });

    private static double Home(ScoreGrid grid, decimal line) =>
        LineRepricing.FairProbability(grid, MarketKind.AsianHandicap, Selection.Home, line);
}
