using CleanPlatform.Application.Betting.Analytics.Common;
using CleanPlatform.Application.Betting.Common;

namespace CleanPlatform.Application.Betting.Analytics.GetWinRate;

/// <summary>
/// Settled bets, wins and hit rate per UTC week (from Monday) or calendar month of settlement, in order. SQL sums per
/// day; the days are rolled into weeks or months in memory. Every member may read it.
/// </summary>
[Authorize]
public sealed record GetWinRate(
    string? Bucket = null, string? Period = null, string? Bookmaker = null, string? Agent = null, Guid? CompetitionId = null,
    Guid? UserId = null, string? Currency = null) : IQuery<WinRateDto>, IAnalyticsQuery
{
    public const string Week = "week";
    public const string Month = "month";
}

public sealed class GetWinRateHandler(IBettingDb db, TimeProvider time) : IQueryHandler<GetWinRate, WinRateDto>
{
    public async ValueTask<WinRateDto> Handle(GetWinRate query, CancellationToken cancellationToken)
    {
        var scope = await AnalyticsScope.OfAsync(db, query, time.GetUtcNow(), cancellationToken);
        var days = await scope.Settled.DaysAsync(cancellationToken);
        var bucket = string.IsNullOrWhiteSpace(query.Bucket) ? GetWinRate.Week : query.Bucket.Trim().ToLowerInvariant();
        var points = days.GroupBy(d => bucket == GetWinRate.Month ? new DateOnly(d.Date.Year, d.Date.Month, 1) : WeekOf(d.Date))
            .Select(g => new WinRatePointDto(g.Key, g.Sum(d => d.Settled), g.Sum(d => d.Wins), g.Sum(d => d.Pushes),
                PerformanceDto.Ratio(g.Sum(d => d.Wins), g.Sum(d => d.Settled - d.Pushes))))
            .OrderBy(p => p.Start).ToList();
        return new WinRateDto(scope.Period, bucket, scope.Currency, scope.OtherCurrencies, points);
    }

    private static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
