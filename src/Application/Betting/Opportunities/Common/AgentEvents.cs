using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Application.Betting.Opportunities.Common;

/// <summary>
/// Loads events with the boards the agents read, in replay order (kick-off, the source file's line, id). A board holds
/// each book's latest complete market at one line from the prices captured up to kick-off and up to
/// <c>asOf</c>, closing prices left out (they are what decisions are judged against, never what they are made
/// on). A book's market older than <see cref="StalenessLimit"/> before the board's newest is left out.
/// </summary>
public static class AgentEvents
{
    /// <summary>How much older than the newest price on a board a book's market may be and still count.</summary>
    public static readonly TimeSpan StalenessLimit = TimeSpan.FromHours(3);

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
                BoardsOf(e.Id, e.Competition, e.KickOffUtc, quotes.GetValueOrDefault(e.Id), books)))];
    }

    private static List<MarketBoard> BoardsOf(Guid eventId, string competition, DateTimeOffset kickOff,
        Dictionary<(Guid Book, MarketKind Market, decimal Line), StudyQuote>? quotes,
        Dictionary<Guid, (string Key, bool IsAggregate)> books)
    {
        if (quotes is null)
            return [];
        var boards = new List<MarketBoard>();
        foreach (var market in quotes.GroupBy(q => (q.Key.Market, q.Key.Line)).OrderBy(g => g.Key.Market).ThenBy(g => g.Key.Line))
        {
            var outcomes = StudyMarkets.OutcomesOf(market.Key.Market);
            var complete = market
                .Select(q => (Book: books[q.Key.Book], Quote: q.Value, Prices: q.Value.PricesFor(market.Key.Market)))
                .Where(q => q.Prices is not null)
                .Select(q => new BookQuote(q.Book.Key, q.Book.IsAggregate, q.Prices!,
                    [.. outcomes.Select(q.Quote.CapturedAtOf)]))
                .ToList();
            if (complete.Count == 0)
                continue;
            var newest = complete.Max(q => q.CapturedAt.Max());
            var fresh = complete.Where(q => q.CapturedAt.Min() >= newest - StalenessLimit)
                .OrderBy(q => q.Bookmaker, StringComparer.Ordinal).ToList();
            boards.Add(new MarketBoard(eventId, competition, kickOff, newest, market.Key.Market, market.Key.Line, outcomes, fresh));
        }
        return boards;
    }
}
