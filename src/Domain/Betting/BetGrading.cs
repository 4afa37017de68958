namespace CleanPlatform.Domain.Betting;

/// <summary>Grades a recorded bet's selection on a final score, by its market (betting.md §4).</summary>
public static class BetGrading
{
    /// <summary>
    /// The grade of <paramref name="selection"/> at <paramref name="line"/> (the backed selection's own line, see
    /// <see cref="BetLines"/>) of <paramref name="market"/>, given the full-time <paramref name="score"/>. A level
    /// moneyline follows <paramref name="tie"/> (push where the bookmaker's rule does not decide, §13).
    /// </summary>
    public static Grade Grade(MarketKind market, Selection selection, decimal line, Score score, TieRule tie = TieRule.Push)
    {
        BetLines.Check(market, selection, line);
        return Of(market, selection, line, score, tie);
    }

    /// <summary>
    /// <see cref="Grade"/> without the checks of a recorded bet's line: for prices as a source stored them (studies,
    /// backtests), whose lines the handicap grading still refuses unless they move in quarters.
    /// </summary>
    public static Grade Of(MarketKind market, Selection selection, decimal line, Score score, TieRule tie = TieRule.Push) =>
        market switch
        {
            MarketKind.MatchResult => MatchGrading.ThreeWay(selection switch
            {
                Selection.Home => MatchOutcome.Home,
                Selection.Draw => MatchOutcome.Draw,
                _ => MatchOutcome.Away,
            }, score),
            MarketKind.Moneyline => MatchGrading.Moneyline(SideOf(selection), score, tie),
            MarketKind.Totals => HandicapGrading.Totals(
                selection == Selection.Over ? TotalsSide.Over : TotalsSide.Under, line, score.Total),
            _ => HandicapGrading.AsianHandicap(SideOf(selection), line, score),
        };

    private static Side SideOf(Selection selection) => selection == Selection.Home ? Side.Home : Side.Away;
}
