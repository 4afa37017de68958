using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Bets.RecordClosingLines;

/// <summary>A bet without closing odds whose event has kicked off, as a closing-line run reads it.</summary>
public sealed record UnclosedBet(Guid Id, int Version, Guid EventId, DateTimeOffset KickOffUtc, MarketKind Market,
    Selection Selection, decimal Line, Odds Odds)
{
    /// <summary>The bet's close among <paramref name="closes"/>, or null when none is stored for its market and line.</summary>
    public RecordedClose? CloseIn(EventCloses closes)
    {
        ArgumentNullException.ThrowIfNull(closes);
        if (closes.Of(EventId, KickOffUtc, Market, BetLines.StoredLine(Market, Selection, Line)) is not var (prices, stale))
            return null;
        var outcome = StudyMarkets.OutcomesOf(Market).Select((s, i) => (s, i)).Single(x => x.s == Selection).i;
        return RecordedClose.Of(Odds, prices, outcome, stale);
    }
}
