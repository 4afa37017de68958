using CleanPlatform.Application.Betting.Analytics.Common;
using CleanPlatform.Application.Betting.Common;

namespace CleanPlatform.Application.Betting.Analytics.ListBookmakerPerformance;

/// <summary>
/// Performance of the bets settled in the period per bookmaker, largest turnover first (then key): the groups' counts,
/// turnover and profit sum to the totals of the summary. Every member may read it.
/// </summary>
[Authorize]
public sealed record ListBookmakerPerformance(
    string? Period = null, string? Bookmaker = null, string? Agent = null, Guid? CompetitionId = null, Guid? UserId = null,
    string? Currency = null) : IQuery<BookmakerPerformanceListDto>, IAnalyticsQuery;

public sealed class ListBookmakerPerformanceHandler(IBettingDb db, TimeProvider time)
    : IQueryHandler<ListBookmakerPerformance, BookmakerPerformanceListDto>
{
    public async ValueTask<BookmakerPerformanceListDto> Handle(ListBookmakerPerformance query, CancellationToken cancellationToken)
    {
        var scope = await AnalyticsScope.OfAsync(db, query, time.GetUtcNow(), cancellationToken);
        var groups = await scope.Settled.GroupBy(b => b.BookmakerId).Figures().ToListAsync(cancellationToken);
        var ids = groups.Select(g => g.Key).ToList();
        var books = await db.Bookmakers.AsNoTracking().Where(k => ids.Contains(k.Id))
            .ToDictionaryAsync(k => k.Id, k => new { k.Key, k.Name }, cancellationToken);
        var items = groups
            .Select(g => new BookmakerPerformanceDto(g.Key, books.GetValueOrDefault(g.Key)?.Key ?? "", books.GetValueOrDefault(g.Key)?.Name ?? "",
                PerformanceDto.From(g)))
            .OrderByDescending(b => b.Performance.Staked).ThenBy(b => b.BookmakerKey, StringComparer.Ordinal).ToList();
        return new BookmakerPerformanceListDto(scope.Period, scope.Currency, scope.OtherCurrencies, items);
    }
}
