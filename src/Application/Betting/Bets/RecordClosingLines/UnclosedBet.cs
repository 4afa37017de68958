using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Goals;

namespace CleanPlatform.Application.Betting.Bets.RecordClosingLines;

/// <summary>A bet without closing odds whose event has kicked off, as a closing-line run reads it.</summary>
public sealed record UnclosedBet(Guid Id, int Version, Guid EventId, DateTimeOffset KickOffUtc, MarketKind Market,
    Selection Selection, decimal Line, Odds Odds)
{
    /// <summary>
    /// The bet's close among <paramref name="closes"/>: at its own line, else, for a handicap or total whose line moved, the
    /// nearest close re-priced to the bet's line by the event's goal model (<see cref="LineRepricing"/>); null when neither.
    /// </summary>
    public RecordedClose? CloseIn(EventCloses closes)
    {
        ArgumentNullException.ThrowIfNull(closes);
        var outcome = StudyMarkets.OutcomesOf(Market).Select((s, i) => (s, i)).Single(x => x.s == Selection).i;
        if (closes.Of(EventId, KickOffUtc, Market, BetLines.StoredLine(Market, Selection, Line)) is var (prices, stale))
            return RecordedClose.Of(Odds, prices, outcome, stale);
        if (!LineRepricing.Applies(Market))
            return null;
        var ownLines = closes.ClosedLinesOf(EventId, KickOffUtc, Market).Select(l => BetLines.StoredLine(Market, Selection, l));
        if (LineRepricing.ClosingLineFor(Market, Line, ownLines) is not { } closingLine
            || closes.Of(EventId, KickOffUtc, Market, BetLines.StoredLine(Market, Selection, closingLine)) is not var (moved, movedStale)
            || closes.GoalModelOf(EventId, KickOffUtc) is not var (grid, modelStale))
            return null;
        return RecordedClose.Repriced(Odds, closingLine, moved, outcome,
            LineRepricing.FairProbability(grid, Market, Selection, Line), movedStale || modelStale);
    }
}
