namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Grades Asian handicap and totals selections (betting.md §4). Whole and half lines settle on <c>d = g + h</c>;
/// a quarter line splits the stake over <c>h − 0.25</c> and <c>h + 0.25</c> and adds the halves up.
/// </summary>
public static class HandicapGrading
{
    /// <summary>
    /// The handicap <paramref name="line"/> given to the backed side, with <paramref name="goalDifference"/> =
    /// goals(side) − goals(opponent).
    /// </summary>
    /// <exception cref="DomainException"><c>settlement.line_invalid</c> unless the line is a multiple of 0.25.</exception>
    public static Grade AsianHandicap(decimal line, int goalDifference)
    {
        var quarters = line * 4m;
        if (quarters != decimal.Truncate(quarters))
            throw new DomainException("settlement.line_invalid", $"A handicap or total moves in steps of 0.25; got {line}.");
        // A whole or half line counts as two equal halves, so every line adds up on one scale from −2 to +2.
        decimal[] halves = quarters % 2m == 0m ? [line, line] : [line - 0.25m, line + 0.25m];
        return Grade.Of(halves.Sum(h => Math.Sign(goalDifference + h)) switch
        {
            2 => BetResult.Won,
            1 => BetResult.HalfWon,
            0 => BetResult.Push,
            -1 => BetResult.HalfLost,
            _ => BetResult.Lost,
        });
    }

    /// <summary>The handicap <paramref name="line"/> of <paramref name="side"/> (the away line is minus the home line).</summary>
    public static Grade AsianHandicap(Side side, decimal line, Score score) =>
        AsianHandicap(line, score.DifferenceFor(side));

    /// <summary>Over or under <paramref name="line"/> total goals: the handicap with <c>g = T, h = −L</c> (over) or <c>g = −T, h = L</c> (under).</summary>
    public static Grade Totals(TotalsSide side, decimal line, int totalGoals) => side == TotalsSide.Over
        ? AsianHandicap(-line, totalGoals)
        : AsianHandicap(line, -totalGoals);
}
