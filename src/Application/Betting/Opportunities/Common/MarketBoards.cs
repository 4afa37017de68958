using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Application.Betting.Opportunities.Common;

/// <summary>One book's prices of one market at one line, as gathered before a decision (closing prices left out).</summary>
/// <param name="Bookmaker">The book's key.</param>
/// <param name="IsAggregate">Whether it is an aggregate of books (football-data's <c>max</c>, <c>avg</c>).</param>
/// <param name="Market">The market.</param>
/// <param name="Line">The line (0 for 1X2).</param>
/// <param name="Quote">Its latest price of each outcome, with when it was captured.</param>
public readonly record struct BoardQuote(string Bookmaker, bool IsAggregate, MarketKind Market, decimal Line, StudyQuote Quote);

/// <summary>
/// The one way an event's prices become the boards the agents read, for a scan, a replay and an agent's backtest
/// alike: per market and line, each book's latest complete market (its latest of several snapshot kinds), a book
/// whose market is older than <see cref="StalenessLimit"/> before the board's newest price left out, books in key
/// order.
/// </summary>
public static class MarketBoards
{
    /// <summary>How much older than the newest price on a board a book's market may be and still count.</summary>
    public static readonly TimeSpan StalenessLimit = TimeSpan.FromHours(3);

    public static List<MarketBoard> Of(Guid eventId, string competition, DateTimeOffset kickOff, IEnumerable<BoardQuote> quotes)
    {
        var boards = new List<MarketBoard>();
        foreach (var market in quotes.GroupBy(q => (q.Market, q.Line)).OrderBy(g => g.Key.Market).ThenBy(g => g.Key.Line))
        {
            var outcomes = StudyMarkets.OutcomesOf(market.Key.Market);
            var complete = market
                .Select(q => (q.Bookmaker, q.IsAggregate, q.Quote, Prices: q.Quote.PricesFor(market.Key.Market)))
                .Where(q => q.Prices is not null)
                .GroupBy(q => q.Bookmaker)
                .Select(book => book.MaxBy(q => q.Quote.CapturedAt(market.Key.Market)))
                .Select(q => new BookQuote(q.Bookmaker, q.IsAggregate, q.Prices!, [.. outcomes.Select(q.Quote.CapturedAtOf)]))
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
