namespace CleanPlatform.Domain.Betting.Goals;

/// <summary>
/// When a bet's Asian handicap or totals line is re-priced at the close (issue 13, line-aware CLV): its market closed at
/// another line, at most <see cref="MaxLineMove"/> goals away. The close nearest the bet's line is the raw close kept
/// beside the re-priced figure; the figure itself is the fair probability (<see cref="LineOutcome.FairProbability"/>) of
/// the bet's selection and line on a <see cref="ScoreGrid"/> fitted to the event's closing markets (<see cref="GoalModelFit"/>).
/// </summary>
/// <remarks>
/// A line is a price the market moves by a quarter or half a goal at a time; further away a Poisson grid extrapolates into
/// its tails and answers for a different bet than the one the close priced (an alternative line, not a moved one), so
/// such a bet keeps no CLV, as betting.md §5 says of a close at another line.
/// </remarks>
public static class LineRepricing
{
    /// <summary>The furthest, in goals, a close's line may lie from the bet's for the bet to be re-priced.</summary>
    public const decimal MaxLineMove = 0.5m;

    /// <summary>Whether <paramref name="market"/> moves in lines a goal model re-prices.</summary>
    public static bool Applies(MarketKind market) => market is MarketKind.AsianHandicap or MarketKind.Totals;

    /// <summary>
    /// The closing line (in the selection's own terms) a bet at <paramref name="line"/> is re-priced from: the nearest of
    /// <paramref name="closingLines"/> within <see cref="MaxLineMove"/>, the lower one on a tie; null when none is, or
    /// when the market closed at the bet's own line (then the close is the bet's, no re-pricing).
    /// </summary>
    public static decimal? ClosingLineFor(MarketKind market, decimal line, IEnumerable<decimal> closingLines)
    {
        ArgumentNullException.ThrowIfNull(closingLines);
        if (!Applies(market))
            return null;
        var nearest = closingLines
            .Where(c => Math.Abs(c - line) <= MaxLineMove)
            .OrderBy(c => Math.Abs(c - line)).ThenBy(c => c)
            .Cast<decimal?>().FirstOrDefault();
        return nearest == line ? null : nearest;
    }

    /// <summary>The fair probability of <paramref name="selection"/> at its own <paramref name="line"/> on <paramref name="grid"/>.</summary>
    public static double FairProbability(ScoreGrid grid, MarketKind market, Selection selection, decimal line)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return grid.Price(market, selection, line).FairProbability;
    }
}
