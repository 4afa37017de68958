using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Application.Betting.Opportunities.Common;

/// <summary>
/// Loads events with the boards the agents read, in replay order (kick-off, the source file's line, id). A board holds
/// each book's latest complete market at one line from the prices captured up to kick-off and up to
/// <c>asOf</c>, closing prices left out (they are what decisions are judged against, never what they are made
/// on); <see cref="MarketBoards"/> builds the boards.
/// </summary>
public static class AgentEvents
{
    public static async Task<IReadOnlyList<AgentEvent>> LoadAsync(IBettingDb db, IQueryable<SportEvent> events,
        DateTimeOffset? asOf, CancellationToken ct)
    {
        var rows = await (
            from e in events
            join c in db.Competitions.AsNoTracking() on e.CompetitionId equals c.Id
            select new { e.Id, e.CompetitionId, c.SportId, Competition = c.Key, e.KickOffUtc, e.SourceLine, e.Status, e.HomeGoals, e.AwayGoals })
            .ToListAsync(ct);
        var books = await db.Bookmakers.AsNoTracking().ToDictionaryAsync(b => b.Id, b => (b.Key, b.IsAggregate), ct);
        var prices =
            from s in db.OddsSnapshots.AsNoTracking()
            join e in events on s.EventId equals e.Id
            where s.Kind != SnapshotKind.Closing && s.CapturedAt <= e.KickOffUtc
            select new { s.EventId, s.BookmakerId, s.Market, s.Line, s.Selection, s.Price, s.CapturedAt };
        if (asOf is { } time)
            prices = prices.Where(p => p.CapturedAt <= time);
        var quotes = new Dictionary<Guid, Dictionary<(Guid Book, MarketKind Market, decimal Line), StudyQuote>>();
        await foreach (var p in prices.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!quotes.TryGetValue(p.EventId, out var ofEvent))
                quotes[p.EventId] = ofEvent = [];
            if (!ofEvent.TryGetValue((p.BookmakerId, p.Market, p.Line), out var quote))
                ofEvent[(p.BookmakerId, p.Market, p.Line)] = quote = new StudyQuote();
            quote.Add(p.Selection, p.Price, p.CapturedAt);
        }

        return [.. rows
            .OrderBy(e => e.KickOffUtc).ThenBy(e => e.SourceLine ?? int.MaxValue).ThenBy(e => e.Id)
            .Select(e => new AgentEvent(e.Id, e.SportId, e.CompetitionId, e.KickOffUtc,
                e is { Status: EventStatus.Completed, HomeGoals: { } home, AwayGoals: { } away } ? new Score(home, away) : null,
                MarketBoards.Of(e.Id, e.Competition, e.KickOffUtc, QuotesOf(quotes.GetValueOrDefault(e.Id), books))))];
    }

    private static IEnumerable<BoardQuote> QuotesOf(Dictionary<(Guid Book, MarketKind Market, decimal Line), StudyQuote>? quotes,
        Dictionary<Guid, (string Key, bool IsAggregate)> books) =>
        quotes is null ? [] : quotes.Select(q => new BoardQuote(books[q.Key.Book].Key, books[q.Key.Book].IsAggregate,
            q.Key.Market, q.Key.Line, q.Value));
}
