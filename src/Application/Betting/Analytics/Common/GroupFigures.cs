using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>What SQL sums for a group of settled bets; <see cref="PerformanceDto"/> finishes the ratios.</summary>
public sealed record GroupFigures<TKey>(
    TKey Key, int Settled, decimal Staked, decimal? Profit, int Wins, int Pushes, double? OddsTotal,
    double? ClvRaw, int ClvRawCount, double? ClvFair, int ClvFairCount, double? ClvProbability, int ClvProbabilityCount);

/// <summary>Grouping settled bets into <see cref="GroupFigures{TKey}"/>, one row per group, in SQL.</summary>
public static class GroupFiguresQueries
{
    public static IQueryable<GroupFigures<TKey>> Figures<TKey>(this IQueryable<IGrouping<TKey, Bet>> groups) =>
        groups.Select(g => new GroupFigures<TKey>(
            g.Key, g.Count(), g.Sum(b => b.Stake.Amount), g.Sum(b => b.Profit), g.Count(b => b.Profit > 0m),
            g.Count(b => b.Status == BetStatus.Push), g.Sum(b => (double?)AnalyticsSql.OddsValue(b.Odds)),
            g.Average(b => b.ClvRaw), g.Count(b => b.ClvRaw != null),
            g.Average(b => b.ClvFair), g.Count(b => b.ClvFair != null),
            g.Average(b => b.ClvProbability), g.Count(b => b.ClvProbability != null)));
}
