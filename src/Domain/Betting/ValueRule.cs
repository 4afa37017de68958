namespace CleanPlatform.Domain.Betting;

/// <summary>
/// When a price is a value bet (betting.md §3): its EV exceeds the agent's threshold θ, on a fair probability no
/// older than the agent's staleness limit. A probability exactly at the limit is still fresh (§13).
/// </summary>
public sealed class ValueRule
{
    /// <summary>The platform's default threshold: EV above 2 %.</summary>
    public const decimal DefaultThreshold = 0.02m;

    /// <summary>A rule raising an opportunity when EV &gt; <paramref name="threshold"/> on a probability at most <paramref name="stalenessLimit"/> old.</summary>
    public ValueRule(decimal threshold, TimeSpan stalenessLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stalenessLimit, TimeSpan.Zero);
        Threshold = threshold;
        StalenessLimit = stalenessLimit;
    }

    /// <summary>θ: the EV a price must exceed.</summary>
    public decimal Threshold { get; }

    /// <summary>How old the fair probability may be.</summary>
    public TimeSpan StalenessLimit { get; }

    /// <summary>Whether <c>EV &gt; θ</c>.</summary>
    public bool IsValue(Odds offered, double fairProbability) => ExpectedValue.Of(offered, fairProbability) > Threshold;

    /// <summary>Whether a probability from <paramref name="pricedAt"/> may still be used at <paramref name="now"/>.</summary>
    public bool IsFresh(DateTimeOffset pricedAt, DateTimeOffset now) => now - pricedAt <= StalenessLimit;

    /// <summary>Whether to raise an opportunity: value on a fresh probability.</summary>
    public bool Raises(Odds offered, double fairProbability, DateTimeOffset pricedAt, DateTimeOffset now) =>
        IsFresh(pricedAt, now) && IsValue(offered, fairProbability);

    /// <summary>
    /// The worst-case rule: value only when EV &gt; θ under every applicable devig of the reference market
    /// (the minimum over methods), so no single method's rejection is overruled.
    /// </summary>
    public bool IsValueUnderEveryMethod(Odds offered, IEnumerable<DevigResult> devigs, int outcome) =>
        ExpectedValue.WorstCase(offered, devigs, outcome) > Threshold;
}
