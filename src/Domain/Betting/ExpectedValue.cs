namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Expected value and edge of backing a price (betting.md §3), in <c>decimal</c> from the decimal odds and the fair
/// probability rounded to 15 significant digits, so comparisons with a threshold have no binary artefacts.
/// </summary>
public static class ExpectedValue
{
    /// <summary><c>EV = o·p − 1</c> per unit staked.</summary>
    public static decimal Of(Odds offered, double fairProbability) =>
        offered.Value * Probability.ToDecimal(fairProbability) - 1m;

    /// <summary><c>edge = p − 1/o</c>; the same sign as <see cref="Of"/>.</summary>
    public static decimal Edge(Odds offered, double fairProbability) =>
        Probability.ToDecimal(fairProbability) - 1m / offered.Value;

    /// <summary>
    /// The lowest EV of <paramref name="outcome"/> at <paramref name="offered"/> over every applicable devig of
    /// the reference market: the EV a value decision can count on whichever method is right.
    /// </summary>
    /// <exception cref="ArgumentException">When no devig in <paramref name="devigs"/> applies.</exception>
    public static decimal WorstCase(Odds offered, IEnumerable<DevigResult> devigs, int outcome)
    {
        ArgumentNullException.ThrowIfNull(devigs);
        var values = devigs.Where(d => d.IsApplicable).Select(d => Of(offered, d.Probabilities[outcome])).ToList();
        return values.Count > 0 ? values.Min() : throw new ArgumentException("No devig applies.", nameof(devigs));
    }
}
