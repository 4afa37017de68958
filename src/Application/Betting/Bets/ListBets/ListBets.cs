using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Bets.ListBets;

/// <summary>
/// The organization's bets, latest placed first (then by id), filtered; every member may read them, Viewers included.
/// <paramref name="PlacedFrom"/> is inclusive, <paramref name="PlacedTo"/> exclusive.
/// </summary>
[Authorize]
public sealed record ListBets(
    BetStatus? Status = null, Guid? EventId = null, Guid? CompetitionId = null, Guid? BookmakerId = null,
    DateTimeOffset? PlacedFrom = null, DateTimeOffset? PlacedTo = null, string? Tag = null, int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IQuery<PagedList<BetDto>>, IPagedQuery;

public sealed class ListBetsHandler(IBettingDb db) : IQueryHandler<ListBets, PagedList<BetDto>>
{
    public async ValueTask<PagedList<BetDto>> Handle(ListBets query, CancellationToken cancellationToken)
    {
        var bets = db.Bets.AsNoTracking();
        if (query.Status is { } status)
            bets = bets.Where(b => b.Status == status);
        if (query.EventId is { } eventId)
            bets = bets.Where(b => b.EventId == eventId);
        if (query.CompetitionId is { } competitionId)
            bets = bets.Where(b => b.CompetitionId == competitionId);
        if (query.BookmakerId is { } bookmakerId)
            bets = bets.Where(b => b.BookmakerId == bookmakerId);
        // Stored instants are UTC; a bound given with another offset is the same instant in UTC.
        if (query.PlacedFrom?.ToUniversalTime() is { } from)
            bets = bets.Where(b => b.PlacedAt >= from);
        if (query.PlacedTo?.ToUniversalTime() is { } to)
            bets = bets.Where(b => b.PlacedAt < to);
        if (query.Tag?.Trim() is { Length: > 0 } tag)
            bets = bets.Where(b => b.Tags.Contains(tag));

        var page = await bets.OrderByDescending(b => b.PlacedAt).ThenByDescending(b => b.Id)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedList<BetDto>([.. page.Items.Select(BetDto.From)], page.Page, page.PageSize, page.TotalCount);
    }
}
