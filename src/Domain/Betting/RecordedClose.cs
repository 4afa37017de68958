using CleanPlatform.Domain.Betting.Goals;

namespace CleanPlatform.Domain.Betting;

/// <summary>
/// A bet's closing price and the closing-line value it gives (betting.md §5): raw <c>o_t/o_c − 1</c>, fair
/// <c>o_t·p_c − 1</c> (none without a devigged <c>p_c</c>) and <c>1/o_c − 1/o_t</c>; stale when the close was a live price
/// captured more than <see cref="Bet.ClosingStaleAfter"/> before kick-off. One rule for a bet closed on its own and
/// for a run that closes many at once.
/// </summary>
/// <remarks>
/// When an Asian handicap or totals line moved between placement and close, the close is at another line
/// (<see cref="ClosingLine"/>): its odds and fair probability are kept as they were, the three §5 measures are undefined
/// (null), and the bet's own line is re-priced from a goal model fitted to the event's closing markets
/// (<see cref="LineRepricing"/>): <see cref="RepricedFairProbability"/> and <see cref="RepricedFair"/> =
/// <c>o_t·p_r − 1</c>.
/// </remarks>
/// <param name="ClosingOdds">The closing odds of the bet's selection, at the close's line.</param>
/// <param name="FairProbability">The devigged closing probability at the close's line, or null.</param>
/// <param name="Raw">Raw odds CLV, or null when the close is at another line.</param>
/// <param name="Fair">Fair CLV, or null.</param>
/// <param name="Probability">The probability difference, or null when the close is at another line.</param>
/// <param name="Stale">Whether the close was captured too long before kick-off.</param>
/// <param name="ClosingLine">The selection's own line of a close at another line than the bet's; null when it is the bet's.</param>
/// <param name="RepricedFairProbability">The goal model's fair probability of the selection at the bet's line, or null.</param>
/// <param name="RepricedFair">The fair CLV at the re-priced probability, <c>o_t·p_r − 1</c>, or null.</param>
public sealed record RecordedClose(decimal ClosingOdds, double? FairProbability, double? Raw, double? Fair, double? Probability,
    bool Stale, decimal? ClosingLine = null, double? RepricedFairProbability = null, double? RepricedFair = null)
{
    /// <summary>The closing odds of the bet's selection, at the close's line.</summary>
    public decimal ClosingOdds { get; } = ClosingOdds;

    /// <summary>The devigged closing probability at the close's line, or null.</summary>
    public double? FairProbability { get; } = FairProbability;

    /// <summary>Raw odds CLV, or null when the close is at another line.</summary>
    public double? Raw { get; } = Raw;

    /// <summary>Fair CLV, or null.</summary>
    public double? Fair { get; } = Fair;

    /// <summary>The probability difference, or null when the close is at another line.</summary>
    public double? Probability { get; } = Probability;

    /// <summary>Whether the close was captured too long before kick-off.</summary>
    public bool Stale { get; } = Stale;

    /// <summary>The selection's own line of a close at another line than the bet's; null when it is the bet's.</summary>
    public decimal? ClosingLine { get; } = ClosingLine;

    /// <summary>The goal model's fair probability of the selection at the bet's line, or null.</summary>
    public double? RepricedFairProbability { get; } = RepricedFairProbability;

    /// <summary>The fair CLV at the re-priced probability, <c>o_t·p_r − 1</c>, or null.</summary>
    public double? RepricedFair { get; } = RepricedFair;

    /// <summary>Whether the bet's line was re-priced from a close at another line.</summary>
    public bool LineRepriced => ClosingLine is not null;

    /// <summary>The close of a bet taken at <paramref name="taken"/>.</summary>
    /// <exception cref="DomainException"><c>bet.closing_probability_out_of_range</c> unless 0 &lt; p &lt; 1.</exception>
    public static RecordedClose Of(Odds taken, Odds closing, double? fairProbability, bool stale)
    {
        CheckProbability(fairProbability);
        var (t, c) = ((double)taken.Value, (double)closing.Value);
        return new RecordedClose(closing.Value, fairProbability, (t / c) - 1.0,
            fairProbability is { } p ? (t * p) - 1.0 : null, (1.0 / c) - (1.0 / t), stale);
    }

    /// <summary>
    /// The close of a bet taken at <paramref name="taken"/> on outcome <paramref name="outcome"/> of the closing reference
    /// market <paramref name="closing"/>, devigged multiplicatively.
    /// </summary>
    public static RecordedClose Of(Odds taken, MarketPrices closing, int outcome, bool stale)
    {
        ArgumentNullException.ThrowIfNull(closing);
        return Of(taken, closing.Prices[outcome], MultiplicativeDevig.Probabilities(closing)[outcome], stale);
    }

    /// <summary>
    /// The close of a bet taken at <paramref name="taken"/> whose market closed at another line: outcome
    /// <paramref name="outcome"/> of <paramref name="closing"/> at the selection's own <paramref name="closingLine"/> kept as
    /// the raw close, and <paramref name="repricedProbability"/> (the goal model's fair probability at the bet's line)
    /// giving the re-priced fair CLV; the §5 measures are undefined across lines, so null.
    /// </summary>
    /// <exception cref="DomainException"><c>bet.closing_probability_out_of_range</c> unless 0 &lt; p &lt; 1.</exception>
    public static RecordedClose Repriced(Odds taken, decimal closingLine, MarketPrices closing, int outcome,
        double repricedProbability, bool stale)
    {
        ArgumentNullException.ThrowIfNull(closing);
        var fair = MultiplicativeDevig.Probabilities(closing)[outcome];
        CheckProbability(fair);
        CheckProbability(repricedProbability);
        return new RecordedClose(closing.Prices[outcome].Value, fair, null, null, null, stale, closingLine,
            repricedProbability, ((double)taken.Value * repricedProbability) - 1.0);
    }

    private static void CheckProbability(double? probability)
    {
        if (probability is <= 0.0 or >= 1.0 or double.NaN)
            throw new DomainException("bet.closing_probability_out_of_range", "A closing probability lies between 0 and 1.");
    }
}
