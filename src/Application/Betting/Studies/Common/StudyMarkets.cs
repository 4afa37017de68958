using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.Common;

/// <summary>The outcomes of each market in market order, and how a selection is graded on a final score.</summary>
public static class StudyMarkets
{
    private static readonly Selection[] ThreeWay = [Selection.Home, Selection.Draw, Selection.Away];
    private static readonly Selection[] OverUnder = [Selection.Over, Selection.Under];
    private static readonly Selection[] TwoWay = [Selection.Home, Selection.Away];

    /// <summary>H, D, A for 1X2; over, under for totals; home, away for the two-way markets.</summary>
    public static IReadOnlyList<Selection> OutcomesOf(MarketKind market) => market switch
    {
        MarketKind.MatchResult => ThreeWay,
        MarketKind.Totals => OverUnder,
        _ => TwoWay,
    };

    /// <summary>
    /// The grade of <paramref name="selection"/> at <paramref name="line"/> (the stored line: the total, or the home
    /// side's handicap, turned into the selection's own line as a bet holds it) on <paramref name="score"/>.
    /// </summary>
    public static Grade Grade(MarketKind market, Selection selection, decimal line, Score score) =>
        BetGrading.Of(market, selection, BetLines.StoredLine(market, selection, line), score);
}
