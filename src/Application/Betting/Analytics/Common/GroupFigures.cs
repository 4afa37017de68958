namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>What SQL sums for a group of settled bets; <see cref="PerformanceDto"/> finishes the ratios.</summary>
public sealed record GroupFigures<TKey>(
    TKey Key, int Settled, decimal Staked, decimal? Profit, int Wins, int Pushes, double? OddsTotal,
    double? ClvRaw, int ClvRawCount, double? ClvFair, int ClvFairCount, double? ClvProbability, int ClvProbabilityCount);
