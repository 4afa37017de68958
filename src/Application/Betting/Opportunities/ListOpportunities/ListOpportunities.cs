using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Opportunities.Common;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Application.Betting.Opportunities.ListOpportunities;

/// <summary>
/// The organization's opportunities, filtered; every member may read them. Open ones (the default) come soonest
/// kick-off first, then highest score; the others latest kick-off first. <paramref name="KickOffWithinHours"/> keeps
/// those kicking off from now to that many hours ahead (24: the urgent ones).
/// </summary>
[Authorize]
public sealed record ListOpportunities(
    OpportunityStatus? Status = OpportunityStatus.Open, string? Agent = null, OpportunityLabel? Label = null,
    decimal? MinEdge = null, Guid? SportId = null, Guid? CompetitionId = null, Guid? EventId = null, bool? Consensus = null,
    int? KickOffWithinHours = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<OpportunityDto>>, IPagedQuery
{
    /// <summary>The furthest ahead <see cref="KickOffWithinHours"/> may look: two weeks.</summary>
    public const int MaxKickOffWithinHours = 24 * 14;
}

public sealed class ListOpportunitiesHandler(IBettingDb db, TimeProvider time)
    : IQueryHandler<ListOpportunities, PagedList<OpportunityDto>>
{
    public async ValueTask<PagedList<OpportunityDto>> Handle(ListOpportunities query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var opportunities = db.Opportunities.AsNoTracking();
        opportunities = query.Status switch
        {
            OpportunityStatus.Open => opportunities.Where(o => o.ExpiresAt > now && o.WithdrawnAt == null),
            OpportunityStatus.Withdrawn => opportunities.Where(o => o.ExpiresAt > now && o.WithdrawnAt != null),
            OpportunityStatus.Expired => opportunities.Where(o => o.ExpiresAt <= now),
            _ => opportunities,
        };
        if (query.Agent?.Trim() is { Length: > 0 } agent)
            opportunities = opportunities.Where(o => o.AgentKey == agent);
        if (query.Label is { } label)
            opportunities = opportunities.Where(o => o.Label == label);
        if (query.MinEdge is { } minEdge)
            opportunities = opportunities.Where(o => o.Edge >= minEdge);
        if (query.SportId is { } sportId)
            opportunities = opportunities.Where(o => o.SportId == sportId);
        if (query.CompetitionId is { } competitionId)
            opportunities = opportunities.Where(o => o.CompetitionId == competitionId);
        if (query.EventId is { } eventId)
            opportunities = opportunities.Where(o => o.EventId == eventId);
        if (query.Consensus is { } consensus)
            opportunities = opportunities.Where(o => o.Consensus == consensus);
        if (query.KickOffWithinHours is { } hours)
        {
            var until = now.AddHours(hours);
            opportunities = opportunities.Where(o => o.ExpiresAt > now && o.ExpiresAt <= until);
        }

        var ordered = query.Status == OpportunityStatus.Open
            ? opportunities.OrderBy(o => o.ExpiresAt).ThenByDescending(o => o.Score).ThenBy(o => o.Id)
            : opportunities.OrderByDescending(o => o.ExpiresAt).ThenByDescending(o => o.Score).ThenBy(o => o.Id);
        // Paged and counted over the opportunities alone; only the page's rows are joined to their events and books.
        var page = await ordered.ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        var rows = await OpportunityRows.OfAsync(db, page.Items, cancellationToken);
        return new PagedList<OpportunityDto>([.. rows.Select(r => r.ToDto(now))], page.Page, page.PageSize, page.TotalCount);
    }
}
