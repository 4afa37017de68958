using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Opportunities.Common;

/// <summary>Opportunities with their event, competition and book, as the queries show them.</summary>
internal static class OpportunityRows
{
    /// <summary>
    /// The rows of opportunities already read (a page, or one): their events (with competitions) and books in two
    /// narrow queries over their ids, so that paging and counting run over the opportunities alone.
    /// </summary>
    public static async Task<List<OpportunityRow>> OfAsync(IBettingDb db, IReadOnlyList<Opportunity> page,
        CancellationToken ct)
    {
        var eventIds = page.Select(o => o.EventId).Distinct().ToList();
        var bookIds = page.Select(o => o.BookmakerId).Distinct().ToList();
        var events = await (from e in db.SportEvents.AsNoTracking()
                            where eventIds.Contains(e.Id)
                            join c in db.Competitions.AsNoTracking() on e.CompetitionId equals c.Id
                            select new { e.Id, CompetitionId = c.Id, c.Name, e.HomeTeam, e.AwayTeam, e.KickOffUtc })
            .ToDictionaryAsync(e => e.Id, ct);
        var books = await db.Bookmakers.AsNoTracking().Where(b => bookIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.Key, ct);
        return [.. page.Select(o =>
        {
            var e = events[o.EventId];
            return new OpportunityRow(o,
                new OpportunityEventDto(e.Id, o.SportId, e.CompetitionId, e.Name, e.HomeTeam, e.AwayTeam, e.KickOffUtc),
                books[o.BookmakerId]);
        })];
    }
}

/// <summary>One opportunity with what its DTO shows of its event and book.</summary>
internal sealed record OpportunityRow(Opportunity Opportunity, OpportunityEventDto Event, string Bookmaker)
{
    public OpportunityDto ToDto(DateTimeOffset now) => OpportunityDto.From(Opportunity, Event, Bookmaker, now);
}
