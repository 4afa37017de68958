using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Events.ListEvents;

/// <summary>
/// The organization's events to bet on, filtered: <paramref name="Team"/> matches part of either team's name, any case;
/// <paramref name="KickOffFrom"/> is inclusive, <paramref name="KickOffTo"/> exclusive. Scheduled events come soonest
/// first, any other selection latest first (then by id). Every member may read them, Viewers included.
/// </summary>
[Authorize]
public sealed record ListEvents(
    string? Team = null, EventStatus? Status = null, Guid? CompetitionId = null, DateTimeOffset? KickOffFrom = null,
    DateTimeOffset? KickOffTo = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<EventDto>>, IPagedQuery;

public sealed class ListEventsHandler(IBettingDb db) : IQueryHandler<ListEvents, PagedList<EventDto>>
{
    public async ValueTask<PagedList<EventDto>> Handle(ListEvents query, CancellationToken cancellationToken)
    {
        var events = db.SportEvents.AsNoTracking();
        if (query.Team?.Trim().ToLowerInvariant() is { Length: > 0 } team)
            events = events.Where(TeamContains(team));
        if (query.Status is { } status)
            events = events.Where(e => e.Status == status);
        if (query.CompetitionId is { } competitionId)
            events = events.Where(e => e.CompetitionId == competitionId);
        if (query.KickOffFrom?.ToUniversalTime() is { } from)
            events = events.Where(e => e.KickOffUtc >= from);
        if (query.KickOffTo?.ToUniversalTime() is { } to)
            events = events.Where(e => e.KickOffUtc < to);

        var ordered = query.Status == EventStatus.Scheduled
            ? events.OrderBy(e => e.KickOffUtc).ThenBy(e => e.Id)
            : events.OrderByDescending(e => e.KickOffUtc).ThenByDescending(e => e.Id);
        var page = await ordered.ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        var competitionIds = page.Items.Select(e => e.CompetitionId).Distinct().ToList();
        var competitions = await db.Competitions.AsNoTracking().Where(c => competitionIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return new PagedList<EventDto>([.. page.Items.Select(e => EventDto.From(e, competitions[e.CompetitionId]))],
            page.Page, page.PageSize, page.TotalCount);
    }

    // PostgreSQL compares case-sensitively, so both sides are lowered; every provider translates ToLower and Contains.
    [SuppressMessage("Performance", "CA1862", Justification = "EF translates ToLower().Contains() to SQL; the StringComparison overload it does not.")]
    private static Expression<Func<SportEvent, bool>> TeamContains(string team) =>
        e => e.HomeTeam.ToLower().Contains(team) || e.AwayTeam.ToLower().Contains(team);
}
