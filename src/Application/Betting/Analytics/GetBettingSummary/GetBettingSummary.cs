using CleanPlatform.Application.Betting.Analytics.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Analytics.GetBettingSummary;

/// <summary>
/// The organization's betting at a glance, in one currency: counts by status, performance of the bets settled in the
/// period, the open exposure, and today's and this week's profit (UTC; the week starts on Monday). Every member may read it.
/// </summary>
[Authorize]
public sealed record GetBettingSummary(
    string? Period = null, string? Bookmaker = null, string? Agent = null, Guid? CompetitionId = null, Guid? UserId = null,
    string? Currency = null) : IQuery<BettingSummaryDto>, IAnalyticsQuery;

public sealed class GetBettingSummaryHandler(IBettingDb db, TimeProvider time) : IQueryHandler<GetBettingSummary, BettingSummaryDto>
{
    public async ValueTask<BettingSummaryDto> Handle(GetBettingSummary query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var scope = await AnalyticsScope.OfAsync(db, query, now, cancellationToken);
        var figures = await scope.Settled.GroupBy(b => 1).Figures().SingleOrDefaultAsync(cancellationToken);
        var counts = await StatusCountsAsync(scope, now, query.Period, cancellationToken);
        var pending = scope.Bets.Where(b => b.Status == BetStatus.Pending);
        var exposure = await pending.SumAsync(b => b.Stake.Amount, cancellationToken);
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var allSettled = scope.Bets.Where(b => b.Status != BetStatus.Pending && b.Status != BetStatus.Void);
        var todayProfit = await allSettled.Where(b => b.SettledAt >= today).SumAsync(b => b.Profit, cancellationToken);
        var weekProfit = await allSettled.Where(b => b.SettledAt >= weekStart).SumAsync(b => b.Profit, cancellationToken);
        return new BettingSummaryDto(scope.Period, scope.Currency, scope.OtherCurrencies, now, counts,
            PerformanceDto.From(figures), exposure, counts.Pending, todayProfit ?? 0m, weekProfit ?? 0m, today, weekStart);
    }

    private static async Task<StatusCountsDto> StatusCountsAsync(AnalyticsScope scope, DateTimeOffset now, string? period,
        CancellationToken ct)
    {
        var since = AnalyticsPeriods.Since(period, now);
        var closed = scope.Bets.Where(b => b.Status != BetStatus.Pending && b.SettledAt >= since);
        var byStatus = await closed.GroupBy(b => b.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var pending = await scope.Bets.CountAsync(b => b.Status == BetStatus.Pending, ct);
        return new StatusCountsDto(pending, byStatus.GetValueOrDefault(BetStatus.Won), byStatus.GetValueOrDefault(BetStatus.HalfWon),
            byStatus.GetValueOrDefault(BetStatus.Push), byStatus.GetValueOrDefault(BetStatus.HalfLost),
            byStatus.GetValueOrDefault(BetStatus.Lost), byStatus.GetValueOrDefault(BetStatus.Void));
    }
}
