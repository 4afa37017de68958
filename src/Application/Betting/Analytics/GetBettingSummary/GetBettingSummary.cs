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
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        // One grouped read, by currency and status, gives the bets per currency, which chooses the currency as
        // AnalyticsScope does, and every figure below: one round trip instead of a read for the currency first.
        var all = await StatusFigures.ReadAsync(AnalyticsScope.Filtered(db, query), AnalyticsPeriods.Since(query.Period, now),
            today, weekStart, cancellationToken);
        var (currency, others) = AnalyticsScope.CurrencyOf(query,
            all.GroupBy(r => r.Currency).Select(g => (g.Key, g.Sum(r => r.All))));
        var rows = all.Where(r => r.Currency == currency).ToList();
        var pending = rows.SingleOrDefault(r => r.Status == BetStatus.Pending);
        int Closed(BetStatus status) => rows.SingleOrDefault(r => r.Status == status)?.InPeriod ?? 0;
        var counts = new StatusCountsDto(pending?.All ?? 0, Closed(BetStatus.Won), Closed(BetStatus.HalfWon),
            Closed(BetStatus.Push), Closed(BetStatus.HalfLost), Closed(BetStatus.Lost), Closed(BetStatus.Void));
        var (todayProfit, weekProfit) = StatusFigures.RecentProfit(rows);
        return new BettingSummaryDto(AnalyticsPeriods.Normalize(query.Period), currency, others, now, counts,
            PerformanceDto.From(StatusFigures.Performance(rows)), pending?.AllStaked ?? 0m, counts.Pending, todayProfit,
            weekProfit, today, weekStart);
    }
}
