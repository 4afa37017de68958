namespace CleanPlatform.Domain.Betting;

/// <summary>
/// The Kelly fraction <c>f* = (p·o − 1)/(o − 1)</c> and its multiples, uncapped (betting.md §3, §13), in
/// <c>decimal</c> so that ¼ × 0.2 × 1000 is exactly 50.00. Negative when the price has no edge.
/// </summary>
public static class KellyCriterion
{
    /// <summary>Full Kelly <c>f*</c> for <paramref name="candidate"/>.</summary>
    public static decimal Fraction(BetCandidate candidate)
    {
        var odds = candidate.Odds.Value;
        return (Probability.ToDecimal(candidate.Probability) * odds - 1m) / (odds - 1m);
    }

    /// <summary>Fractional Kelly <c>λ·f*</c>, uncapped.</summary>
    public static decimal Fraction(BetCandidate candidate, Percentage multiplier) =>
        multiplier.Fraction * Fraction(candidate);
}
