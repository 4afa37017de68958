using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Bets.RecordClosingLines;

/// <summary>
/// The stored prices that can close the markets of some events: the reference and fallback books' closing markets
/// (<see cref="ClosingLine"/>), and the reference book's live prices captured up to kick-off, the latest of each
/// outcome. Never a provider call: what is not stored gives no close.
/// </summary>
public sealed class EventCloses
{
    // The live prices of the reference book, whatever kind they were captured as, kept under one key per market.
    private const SnapshotKind Live = SnapshotKind.Intermediate;

    private readonly Dictionary<(Guid EventId, StudyQuoteKey Key), StudyQuote> _quotes = [];

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
}
