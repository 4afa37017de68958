using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Goals;

namespace CleanPlatform.Application.Betting.Bets.RecordClosingLines;

/// <summary>
/// The stored prices that can close the markets of some events: the reference and fallback books' closing markets
/// (<see cref="ClosingLine"/>), and the reference book's live prices captured up to kick-off, the latest of each
/// outcome. Never a provider call: what is not stored gives no close. Each event's goal model (for bets whose line moved
/// before the close, <see cref="LineRepricing"/>) is fitted once, to all its closing 1X2, totals and handicap markets.
/// </summary>
public sealed class EventCloses
{
    // The live prices of the reference book, whatever kind they were captured as, kept under one key per market.
    private const SnapshotKind Live = SnapshotKind.Intermediate;

    private readonly Dictionary<(Guid EventId, StudyQuoteKey Key), StudyQuote> _quotes = [];
    private readonly Dictionary<Guid, HashSet<(MarketKind Market, decimal Line)>> _markets = [];
    private readonly Dictionary<Guid, (ScoreGrid Grid, bool Stale)?> _models = [];

    /// <summary>The prices of <paramref name="events"/> that can close a market.</summary>
    public static async Task<EventCloses> LoadAsync(IBettingDb db, IQueryable<SportEvent> events, CancellationToken ct)
    {
        var closes = new EventCloses();
        var prices =
            from s in db.OddsSnapshots.AsNoTracking()
            join e in events on s.EventId equals e.Id
            join b in db.Bookmakers.AsNoTracking() on s.BookmakerId equals b.Id
            where (s.Kind == SnapshotKind.Closing && (b.Key == ClosingLine.Reference || b.Key == ClosingLine.Fallback))
                  || (b.Key == ClosingLine.Reference && s.Kind != SnapshotKind.PreClosing && s.CapturedAt <= e.KickOffUtc)
            select new { s.EventId, b.Key, s.Kind, s.Market, s.Line, s.Selection, s.Price, s.CapturedAt };
        await foreach (var p in prices.AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = new StudyQuoteKey(p.Key, p.Kind == SnapshotKind.Closing ? SnapshotKind.Closing : Live, p.Market, p.Line);
            if (!closes._quotes.TryGetValue((p.EventId, key), out var quote))
                closes._quotes[(p.EventId, key)] = quote = new StudyQuote();
            quote.Add(p.Selection, p.Price, p.CapturedAt);
            if (!closes._markets.TryGetValue(p.EventId, out var markets))
                closes._markets[p.EventId] = markets = [];
            markets.Add((p.Market, p.Line));
        }

        return closes;
    }

    /// <summary>
    /// The close of the market stored at <paramref name="line"/>: the closing line if stored, else the reference book's
    /// last live market before <paramref name="kickOff"/>, stale when captured more than <see cref="Bet.ClosingStaleAfter"/>
    /// before it; null when neither is complete.
    /// </summary>
    public (MarketPrices Prices, bool Stale)? Of(Guid eventId, DateTimeOffset kickOff, MarketKind market, decimal line)
    {
        if (ClosingLine.Of(key => _quotes.GetValueOrDefault((eventId, key))?.PricesFor(market), market, line) is { } close)
            return (close, false);
        var live = _quotes.GetValueOrDefault((eventId, new StudyQuoteKey(ClosingLine.Reference, Live, market, line)));
        if (live?.PricesFor(market) is not { } prices)
            return null;
        return (prices, live.CapturedAt(market) < kickOff - Bet.ClosingStaleAfter);
    }

    /// <summary>The stored lines of <paramref name="market"/> that have a close for the event, in no particular order.</summary>
    public IEnumerable<decimal> ClosedLinesOf(Guid eventId, DateTimeOffset kickOff, MarketKind market) =>
        _markets.GetValueOrDefault(eventId) is { } markets
            ? markets.Where(m => m.Market == market && Of(eventId, kickOff, market, m.Line) is not null).Select(m => m.Line)
            : [];

    /// <summary>
    /// The goal model fitted to every closing 1X2, totals and Asian handicap market of the event (computed once), stale when
    /// one of them is; null when they do not pin two goal means down.
    /// </summary>
    public (ScoreGrid Grid, bool Stale)? GoalModelOf(Guid eventId, DateTimeOffset kickOff)
    {
        if (_models.TryGetValue(eventId, out var model))
            return model;
        var closes = (_markets.GetValueOrDefault(eventId) ?? [])
            .Where(m => m.Market is MarketKind.MatchResult or MarketKind.Totals or MarketKind.AsianHandicap
                        && BetLines.IsValid(m.Market, m.Line))
            .OrderBy(m => m.Market).ThenBy(m => m.Line)
            .Select(m => (m.Market, m.Line, Close: Of(eventId, kickOff, m.Market, m.Line)))
            .Where(m => m.Close is not null)
            .ToList();
        var grid = GoalModelFit.Of(closes.Select(m => FairMarket.Devig(m.Market, m.Line, m.Close!.Value.Prices)));
        return _models[eventId] = grid is null ? null : (grid, closes.Any(m => m.Close!.Value.Stale));
    }
}
