using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Analytics.Common;

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
