using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>
/// One snapshot per outcome of a price group. football-data gives no capture time, so a played match's prices are
/// stamped at kick-off and told apart by their kind: the plain columns are pre-closing, the <c>C</c> columns closing.
/// A match still to come (no result yet) has its prices stamped when they are imported, never after kick-off: they
/// were current then at the latest, and the agents can weigh them against live ones. A handicap
/// is stored at the home line for both sides (see <see cref="OddsSnapshot.Line"/>).
/// </summary>
internal static class FootballDataSnapshots
{
    /// <summary>Whether every outcome's price can be stored (decimal odds above 1 and at most <see cref="Odds.Max"/>).</summary>
    public static bool CanStore(FootballDataPrice price) => price.Outcomes.All(o => o.Odds is > 1m and <= Odds.Max);

    public static IEnumerable<OddsSnapshot> Of(FootballDataPrice price, SportEvent sportEvent, Bookmaker bookmaker,
        DateTimeOffset capturedAt) =>
        price.Outcomes.Select(outcome => OddsSnapshot.Capture(sportEvent.OrganizationId, sportEvent.Id, bookmaker.Id,
            MarketOf(price.Market), price.Line ?? 0m, SelectionOf(outcome.Outcome), new Odds(outcome.Odds),
            capturedAt, KindOf(price.Snapshot)));

    /// <summary>When the prices of <paramref name="row"/>'s match are stamped (see the type's remarks).</summary>
    public static DateTimeOffset CapturedAt(FootballDataRow row, SportEvent sportEvent, DateTimeOffset importedAt) =>
        row.FullTime is null && importedAt < sportEvent.KickOffUtc ? importedAt : sportEvent.KickOffUtc;

    private static MarketKind MarketOf(FootballDataMarket market) => market switch
    {
        FootballDataMarket.MatchResult => MarketKind.MatchResult,
        FootballDataMarket.OverUnder => MarketKind.Totals,
        FootballDataMarket.AsianHandicap => MarketKind.AsianHandicap,
        _ => throw new ArgumentOutOfRangeException(nameof(market), market, null),
    };

    private static Selection SelectionOf(FootballDataOutcome outcome) => outcome switch
    {
        FootballDataOutcome.Home => Selection.Home,
        FootballDataOutcome.Draw => Selection.Draw,
        FootballDataOutcome.Away => Selection.Away,
        FootballDataOutcome.Over => Selection.Over,
        FootballDataOutcome.Under => Selection.Under,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    private static SnapshotKind KindOf(FootballDataSnapshot snapshot) =>
        snapshot == FootballDataSnapshot.Closing ? SnapshotKind.Closing : SnapshotKind.PreClosing;
}
