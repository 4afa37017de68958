using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Opportunities.Common;

/// <summary>Opportunities joined with their event, competition and book, as the queries show them.</summary>
internal static class OpportunityRows
{
    public static IQueryable<OpportunityRow> Of(IBettingDb db, IQueryable<Opportunity> opportunities) =>
        from o in opportunities
        join e in db.SportEvents.AsNoTracking() on o.EventId equals e.Id
        join c in db.Competitions.AsNoTracking() on o.CompetitionId equals c.Id
        join b in db.Bookmakers.AsNoTracking() on o.BookmakerId equals b.Id
        select new OpportunityRow(o, new OpportunityEventDto(e.Id, o.SportId, c.Id, c.Name, e.HomeTeam, e.AwayTeam, e.KickOffUtc), b.Key);
}

/// <summary>One opportunity with what its DTO shows of its event and book.</summary>
internal sealed record OpportunityRow(Opportunity Opportunity, OpportunityEventDto Event, string Bookmaker)
{
    public OpportunityDto ToDto(DateTimeOffset now) => OpportunityDto.From(Opportunity, Event, Bookmaker, now);
}
