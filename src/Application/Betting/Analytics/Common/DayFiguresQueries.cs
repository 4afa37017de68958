using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>Settled bets summed per UTC day of settlement in SQL (a few rows per day), in day order, finished in memory.</summary>
public static class DayFiguresQueries
{
    private const long HoursPerDay = 24;

    public static Task<List<DayFigures>> DaysAsync(this IQueryable<Bet> settled, CancellationToken ct) =>
        settled.GroupBy(b => AnalyticsSql.UtcHour(b.SettledAt ?? b.PlacedAt) / HoursPerDay).OrderBy(g => g.Key)
            .Select(g => new DayFigures(null, g.Key, g.Count(), g.Count(b => b.Profit > 0m),
                g.Count(b => b.Status == BetStatus.Push), g.Sum(b => b.Stake.Amount), g.Sum(b => b.Profit)))
            .ToListAsync(ct);

    public static Task<List<DayFigures>> AgentDaysAsync(this IQueryable<Bet> settled, CancellationToken ct) =>
        settled.GroupBy(b => new { b.AgentKey, Day = AnalyticsSql.UtcHour(b.SettledAt ?? b.PlacedAt) / HoursPerDay })
            .OrderBy(g => g.Key.Day)
            .Select(g => new DayFigures(g.Key.AgentKey, g.Key.Day, g.Count(), g.Count(b => b.Profit > 0m),
                g.Count(b => b.Status == BetStatus.Push), g.Sum(b => b.Stake.Amount), g.Sum(b => b.Profit)))
            .ToListAsync(ct);
}
