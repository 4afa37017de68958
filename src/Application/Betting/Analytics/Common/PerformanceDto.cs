namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>
/// How a set of settled bets performed (betting.md §6): <c>Staked</c> is the turnover (pushes in, voids out),
/// <c>Roi</c> = profit ÷ turnover (the yield), <c>HitRate</c> = bets with profit &gt; 0 ÷ settled bets other than full
/// pushes, <c>AverageOdds</c> the mean decimal odds. The CLV means are unweighted over the bets that have one, with their
/// counts. Ratios are null when their denominator is 0.
/// </summary>
public sealed record PerformanceDto(
    int Settled, decimal Staked, decimal Profit, decimal? Roi, int Wins, int Pushes, decimal? HitRate, decimal? AverageOdds,
    double? MeanClvRaw, int ClvRawCount, double? MeanClvFair, int ClvFairCount, double? MeanClvProbability,
    int ClvProbabilityCount)
{
    public static PerformanceDto Empty { get; } = new(0, 0m, 0m, null, 0, 0, null, null, null, 0, null, 0, null, 0);

    public static PerformanceDto From<TKey>(GroupFigures<TKey>? figures) => figures is null
        ? Empty
        : new(figures.Settled, figures.Staked, figures.Profit ?? 0m, Ratio(figures.Profit ?? 0m, figures.Staked),
            figures.Wins, figures.Pushes, Ratio(figures.Wins, figures.Settled - figures.Pushes),
            figures.Settled == 0 ? null : Math.Round((decimal)(figures.OddsTotal ?? 0) / figures.Settled, 6), figures.ClvRaw, figures.ClvRawCount, figures.ClvFair,
            figures.ClvFairCount, figures.ClvProbability, figures.ClvProbabilityCount);

    /// <summary><paramref name="part"/> ÷ <paramref name="whole"/> to 6 decimals, or null when the whole is 0.</summary>
    public static decimal? Ratio(decimal part, decimal whole) => whole == 0m ? null : Math.Round(part / whole, 6);
}
