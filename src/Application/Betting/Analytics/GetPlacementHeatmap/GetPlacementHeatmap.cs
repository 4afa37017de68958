using CleanPlatform.Application.Betting.Analytics.Common;
using CleanPlatform.Application.Betting.Common;

namespace CleanPlatform.Application.Betting.Analytics.GetPlacementHeatmap;

/// <summary>
/// The bets settled in the period by UTC day of week and hour they were placed: count and profit per cell, only cells
/// with bets, Monday first. Every member may read it.
/// </summary>
[Authorize]
public sealed record GetPlacementHeatmap(
    string? Period = null, string? Bookmaker = null, string? Agent = null, Guid? CompetitionId = null, Guid? UserId = null,
    string? Currency = null) : IQuery<PlacementHeatmapDto>, IAnalyticsQuery;

public sealed class GetPlacementHeatmapHandler(IBettingDb db, TimeProvider time)
    : IQueryHandler<GetPlacementHeatmap, PlacementHeatmapDto>
{
    private const long HoursPerDay = 24;
    private const long DaysPerWeek = 7;

    // The Unix epoch fell on a Thursday, 3 days after a Monday.
    private const long EpochDaysAfterMonday = 3;

    public async ValueTask<PlacementHeatmapDto> Handle(GetPlacementHeatmap query, CancellationToken cancellationToken)
    {
        var scope = await AnalyticsScope.OfAsync(db, query, time.GetUtcNow(), cancellationToken);
        var cells = await scope.Settled
            .Select(b => new { Hours = AnalyticsSql.UtcHour(b.PlacedAt), b.Profit })
            .GroupBy(b => new
            {
                Day = (b.Hours / HoursPerDay + EpochDaysAfterMonday) % DaysPerWeek,
                Hour = b.Hours % HoursPerDay,
            })
            .Select(g => new { g.Key.Day, g.Key.Hour, Count = g.Count(), Profit = g.Sum(b => b.Profit) })
            .ToListAsync(cancellationToken);
        var items = cells.Select(c => new HeatmapCellDto((int)c.Day + 1, (int)c.Hour, c.Count, c.Profit ?? 0m))
            .OrderBy(c => c.DayOfWeek).ThenBy(c => c.Hour).ToList();
        return new PlacementHeatmapDto(scope.Period, scope.Currency, scope.OtherCurrencies, items);
    }
}
