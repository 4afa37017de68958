using CleanPlatform.Application.Betting.Analytics.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Analytics.GetBettingSummary;

/// <summary>
/// One currency and status's share of the summary, every figure of it from one grouped read: all its bets (count and
/// stakes, for the pending ones), those closed since the period's start (count, stakes, profit, wins, odds, CLV sums),
/// and the profit settled today and this week.
/// </summary>
internal sealed record StatusFigures(
    string Currency, BetStatus Status, int All, decimal AllStaked, int InPeriod, decimal Staked, decimal? Profit, int Wins, double? OddsTotal,
    double? ClvRawTotal, int ClvRawCount, double? ClvFairTotal, int ClvFairCount, double? ClvProbabilityTotal,
    int ClvProbabilityCount, decimal? TodayProfit, decimal? WeekProfit)
{
    /// <summary>The figures of <paramref name="bets"/> per currency and status, in one query.</summary>
    public static Task<List<StatusFigures>> ReadAsync(IQueryable<Bet> bets, DateTimeOffset since, DateTimeOffset today,
        DateTimeOffset weekStart, CancellationToken ct) =>
        bets.GroupBy(b => new { b.Stake.Currency, b.Status }).Select(g => new StatusFigures(
            g.Key.Currency, g.Key.Status, g.Count(), g.Sum(b => b.Stake.Amount), g.Count(b => b.SettledAt >= since),
            g.Sum(b => b.SettledAt >= since ? b.Stake.Amount : 0m),
            g.Sum(b => b.SettledAt >= since ? b.Profit : 0m),
            g.Count(b => b.SettledAt >= since && b.Profit > 0m),
            g.Sum(b => b.SettledAt >= since ? (double?)AnalyticsSql.OddsValue(b.Odds) : null),
            g.Sum(b => b.SettledAt >= since ? b.ClvRaw : null), g.Count(b => b.SettledAt >= since && b.ClvRaw != null),
            g.Sum(b => b.SettledAt >= since ? b.ClvFair : null), g.Count(b => b.SettledAt >= since && b.ClvFair != null),
            g.Sum(b => b.SettledAt >= since ? b.ClvProbability : null),
            g.Count(b => b.SettledAt >= since && b.ClvProbability != null),
            g.Sum(b => b.SettledAt >= today ? b.Profit : 0m), g.Sum(b => b.SettledAt >= weekStart ? b.Profit : 0m)))
            .ToListAsync(ct);

    /// <summary>The performance of the bets settled in the period (void and pending ones aside; betting.md §6).</summary>
    public static GroupFigures<int>? Performance(IReadOnlyList<StatusFigures> rows)
    {
        var settled = rows.Where(r => IsSettled(r.Status) && r.InPeriod > 0).ToList();
        if (settled.Count == 0)
            return null;
        static double? Mean(double? total, int count) => count == 0 ? null : total / count;
        var (raw, fair, probability) = (settled.Sum(r => r.ClvRawCount), settled.Sum(r => r.ClvFairCount),
            settled.Sum(r => r.ClvProbabilityCount));
        return new GroupFigures<int>(1, settled.Sum(r => r.InPeriod), settled.Sum(r => r.Staked),
            settled.Sum(r => r.Profit ?? 0m), settled.Sum(r => r.Wins),
            settled.Where(r => r.Status == BetStatus.Push).Sum(r => r.InPeriod), settled.Sum(r => r.OddsTotal ?? 0),
            Mean(settled.Sum(r => r.ClvRawTotal ?? 0), raw), raw, Mean(settled.Sum(r => r.ClvFairTotal ?? 0), fair), fair,
            Mean(settled.Sum(r => r.ClvProbabilityTotal ?? 0), probability), probability);
    }

    /// <summary>Settled today or this week, void bets aside (their profit is 0 anyway).</summary>
    public static (decimal Today, decimal Week) RecentProfit(IReadOnlyList<StatusFigures> rows) =>
        (rows.Where(r => IsSettled(r.Status)).Sum(r => r.TodayProfit ?? 0m),
         rows.Where(r => IsSettled(r.Status)).Sum(r => r.WeekProfit ?? 0m));

    private static bool IsSettled(BetStatus status) => status is not (BetStatus.Pending or BetStatus.Void);
}
