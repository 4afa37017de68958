namespace CleanPlatform.Domain.Betting;

/// <summary>Grades 1X2 (h2h) and two-way moneyline selections on a final score (betting.md §4).</summary>
public static class MatchGrading
{
    /// <summary>A 1X2 selection: won when <paramref name="pick"/> is what the full-time score shows, else lost.</summary>
    public static Grade ThreeWay(MatchOutcome pick, Score score) =>
        Grade.Of(OutcomeOf(score) == pick ? BetResult.Won : BetResult.Lost);

    /// <summary>A two-way moneyline: a level score is settled by <paramref name="tie"/> (push by default).</summary>
    public static Grade Moneyline(Side pick, Score score, TieRule tie = TieRule.Push) => score.DifferenceFor(pick) switch
    {
        > 0 => Grade.Of(BetResult.Won),
        < 0 => Grade.Of(BetResult.Lost),
        _ => Grade.Of(tie == TieRule.Push ? BetResult.Push : BetResult.Lost),
    };

    /// <summary>The 1X2 outcome a score shows.</summary>
    public static MatchOutcome OutcomeOf(Score score) => score.Home.CompareTo(score.Away) switch
    {
        > 0 => MatchOutcome.Home,
        0 => MatchOutcome.Draw,
        _ => MatchOutcome.Away,
    };
}
