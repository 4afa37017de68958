using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// The odds snapshots the snapshot benchmarks write and read: per event and bookmaker, every price of 1X2, two totals
/// lines and two Asian handicap lines at each of the four capture kinds (11 × 4 = 44), in the order an import gives
/// them (event by event).
/// </summary>
internal static class SnapshotGrid
{
    private static readonly (MarketKind Market, decimal Line, Selection Selection)[] Prices =
    [
        (MarketKind.MatchResult, 0m, Selection.Home), (MarketKind.MatchResult, 0m, Selection.Draw),
        (MarketKind.MatchResult, 0m, Selection.Away),
        (MarketKind.Totals, 2.5m, Selection.Over), (MarketKind.Totals, 2.5m, Selection.Under),
        (MarketKind.Totals, 3.5m, Selection.Over), (MarketKind.Totals, 3.5m, Selection.Under),
        (MarketKind.AsianHandicap, -0.5m, Selection.Home), (MarketKind.AsianHandicap, -0.5m, Selection.Away),
        (MarketKind.AsianHandicap, -0.25m, Selection.Home), (MarketKind.AsianHandicap, -0.25m, Selection.Away),
    ];

    private static readonly (SnapshotKind Kind, TimeSpan BeforeKickOff)[] Captures =
    [
        (SnapshotKind.Opening, TimeSpan.FromDays(7)), (SnapshotKind.Intermediate, TimeSpan.FromDays(1)),
        (SnapshotKind.PreClosing, TimeSpan.FromHours(1)), (SnapshotKind.Closing, TimeSpan.Zero),
    ];

    /// <summary>How many events <paramref name="rows"/> snapshots of <paramref name="bookmakers"/> bookmakers need.</summary>
    public static int EventsFor(int rows, int bookmakers)
    {
        var perEvent = bookmakers * Prices.Length * Captures.Length;
        return (rows + perEvent - 1) / perEvent;
    }

    /// <summary>
    /// The first <paramref name="rows"/> snapshots of these events and bookmakers, each price drawn from
    /// <paramref name="random"/> between 1.05 and 1.05 + <paramref name="spread"/>, to two decimals.
    /// </summary>
    public static List<OddsSnapshot> Capture(IEnumerable<SportEvent> events, IReadOnlyList<Bookmaker> bookmakers, int rows,
        Random random, decimal spread)
    {
        var snapshots = new List<OddsSnapshot>(rows);
        foreach (var sportEvent in events)
        {
            foreach (var bookmaker in bookmakers)
            {
                foreach (var (kind, beforeKickOff) in Captures)
                {
                    foreach (var (market, line, selection) in Prices)
                    {
                        if (snapshots.Count == rows)
                            return snapshots;
                        var price = new Odds(Math.Round(1.05m + ((decimal)random.NextDouble() * spread), 2));
                        snapshots.Add(OddsSnapshot.Capture(sportEvent.OrganizationId, sportEvent.Id, bookmaker.Id, market,
                            line, selection, price, sportEvent.KickOffUtc - beforeKickOff, kind));
                    }
                }
            }
        }

        return snapshots;
    }
}
