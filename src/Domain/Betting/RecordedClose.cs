namespace CleanPlatform.Domain.Betting;

/// <summary>
/// A bet's closing price and the closing-line value it gives (betting.md §5): raw <c>o_t/o_c − 1</c>, fair
/// <c>o_t·p_c − 1</c> (none without a devigged <c>p_c</c>) and <c>1/o_c − 1/o_t</c>; stale when the close was a live price
/// captured more than <see cref="Bet.ClosingStaleAfter"/> before kick-off. One rule for a bet closed on its own and
/// for a run that closes many at once.
/// </summary>
/// <param name="ClosingOdds">The closing odds of the bet's selection.</param>
/// <param name="FairProbability">The devigged closing probability, or null.</param>
/// <param name="Raw">Raw odds CLV.</param>
/// <param name="Fair">Fair CLV, or null.</param>
/// <param name="Probability">The probability difference.</param>
/// <param name="Stale">Whether the close was captured too long before kick-off.</param>
public sealed record RecordedClose(decimal ClosingOdds, double? FairProbability, double Raw, double? Fair, double Probability,
    bool Stale)
{
    /// <summary>The closing odds of the bet's selection.</summary>
    public decimal ClosingOdds { get; } = ClosingOdds;

    /// <summary>The devigged closing probability, or null.</summary>
    public double? FairProbability { get; } = FairProbability;

    /// <summary>Raw odds CLV.</summary>
    public double Raw { get; } = Raw;

    /// <summary>Fair CLV, or null.</summary>
    public double? Fair { get; } = Fair;

    /// <summary>The probability difference.</summary>
    public double Probability { get; } = Probability;

    /// <summary>Whether the close was captured too long before kick-off.</summary>
    public bool Stale { get; } = Stale;

    /// <summary>The close of a bet taken at <paramref name="taken"/>.</summary>
    /// <exception cref="DomainException"><c>bet.closing_probability_out_of_range</c> unless 0 &lt; p &lt; 1.</exception>
    public static RecordedClose Of(Odds taken, Odds closing, double? fairProbability, bool stale)
    {
        if (fairProbability is <= 0.0 or >= 1.0 or double.NaN)
            throw new DomainException("bet.closing_probability_out_of_range", "A closing probability lies between 0 and 1.");
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
}
