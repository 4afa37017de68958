using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>Which price groups a header has, for every known bookmaker, market and snapshot.</summary>
internal static class FootballDataPriceGroups
{
    private const decimal TotalsLine = 2.5m;

    private static readonly FootballDataOutcome[] MatchResultOutcomes =
        [FootballDataOutcome.Home, FootballDataOutcome.Draw, FootballDataOutcome.Away];

    private static readonly FootballDataOutcome[] TotalsOutcomes = [FootballDataOutcome.Over, FootballDataOutcome.Under];

    private static readonly FootballDataOutcome[] HandicapOutcomes = [FootballDataOutcome.Home, FootballDataOutcome.Away];

    private static readonly FootballDataSnapshot[] Snapshots = [FootballDataSnapshot.PreClosing, FootballDataSnapshot.Closing];

    private static readonly FootballDataMarket[] Markets =
        [FootballDataMarket.MatchResult, FootballDataMarket.OverUnder, FootballDataMarket.AsianHandicap];

    public static IReadOnlyList<FootballDataPriceGroup> In(FootballDataHeader header)
    {
        var groups = new List<FootballDataPriceGroup>();
        var books = FootballDataBookmakers.For(header.Layout).ToList();
        foreach (var snapshot in Snapshots)
        {
            foreach (var market in Markets)
            {
                foreach (var book in books)
                {
                    if (groups.Exists(g => g.Bookmaker == book.Key && g.Market == market && g.Snapshot == snapshot))
                        continue;
                    if (Group(header, book, market, snapshot) is { } group)
                        groups.Add(group);
                }
            }
        }

        return groups;
    }

    private static FootballDataPriceGroup? Group(FootballDataHeader header, FootballDataBookmaker book,
        FootballDataMarket market, FootballDataSnapshot snapshot)
    {
        var closing = snapshot == FootballDataSnapshot.Closing ? "C" : "";
        var prefix = (market == FootballDataMarket.MatchResult ? book.MatchResultPrefix : book.OtherMarketsPrefix) + closing;
        return market switch
        {
            FootballDataMarket.MatchResult =>
                Priced(header.FindAll(prefix + "H", prefix + "D", prefix + "A"), MatchResultOutcomes, null, null),
            FootballDataMarket.OverUnder =>
                Priced(header.FindAll(prefix + ">2.5", prefix + "<2.5"), TotalsOutcomes, null, TotalsLine),
            _ => HandicapLine(header, book, snapshot) is { } line
                ? Priced(header.FindAll(prefix + "AHH", prefix + "AHA"), HandicapOutcomes, line, null)
                : null,
        };

        FootballDataPriceGroup? Priced(FootballDataColumn[]? columns, FootballDataOutcome[] outcomes,
            FootballDataColumn? lineColumn, decimal? fixedLine) =>
            columns is null
                ? null
                : new FootballDataPriceGroup(book.Key, market, snapshot,
                    [.. outcomes.Zip(columns, (outcome, column) => new FootballDataPriceColumn(outcome, column))],
                    lineColumn, fixedLine);
    }

    // Old files give some bookmakers their own line (B365AH beside B365AHH); otherwise every bookmaker is priced at
    // the file's common home line: AHh (BbAHh in the Betbrain layout) before the close, AHCh at it.
    private static FootballDataColumn? HandicapLine(FootballDataHeader header, FootballDataBookmaker book,
        FootballDataSnapshot snapshot) =>
        snapshot == FootballDataSnapshot.Closing
            ? header.Find("AHCh")
            : header.Find(book.OtherMarketsPrefix + "AH", "AHh", "BbAHh");
}
