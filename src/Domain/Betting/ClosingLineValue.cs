namespace CleanPlatform.Domain.Betting;

/// <summary>
/// How a taken price compares with the closing line of the same selection (betting.md §5). Analytics, so
/// <c>double</c>. With no closing price there is no measure: <c>null</c>, never 0.
/// </summary>
public sealed class ClosingLineValue
{
    private ClosingLineValue(double raw, double fair, double probabilityDifference)
    {
        Raw = raw;
        Fair = fair;
        ProbabilityDifference = probabilityDifference;
    }

    /// <summary>Raw odds CLV <c>o_t/o_c − 1</c>.</summary>
    public double Raw { get; }

    /// <summary>Fair CLV (closing EV) <c>o_t·p_c − 1</c>, <c>p_c</c> the multiplicative devig of the closing market.</summary>
    public double Fair { get; }

    /// <summary><c>1/o_c − 1/o_t</c>.</summary>
    public double ProbabilityDifference { get; }

    /// <summary>
    /// The CLV of <paramref name="taken"/> on <paramref name="outcome"/> of the closing reference market
    /// <paramref name="closing"/>; <c>null</c> when there is no closing market.
    /// </summary>
    public static ClosingLineValue? Of(Odds taken, MarketPrices? closing, int outcome)
    {
        if (closing is null)
            return null;
        var takenOdds = (double)taken.Value;
        var closingOdds = (double)closing.Prices[outcome].Value;
        var fairClose = MultiplicativeDevig.Probabilities(closing)[outcome];
        return new ClosingLineValue(takenOdds / closingOdds - 1.0, takenOdds * fairClose - 1.0,
            1.0 / closingOdds - 1.0 / takenOdds);
    }
}
