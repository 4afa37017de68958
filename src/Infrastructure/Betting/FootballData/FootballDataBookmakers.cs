using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>
/// The bookmakers whose columns we read, by their football-data prefixes; a prefix not listed here is ignored. A
/// bookmaker listed twice is read under its second spelling only when the file lacks the first.
/// </summary>
internal static class FootballDataBookmakers
{
    private static readonly FootballDataBookmaker[] Books =
    [
        new("b365", "B365", "B365"),
        new("bw", "BW", "BW"),
        new("iw", "IW", "IW"),
        new("pinnacle", "PS", "P"),
        new("pinnacle", "P", "P"),
        new("wh", "WH", "WH"),
        new("vc", "VC", "VC"),
        new("lb", "LB", "LB"),
        new("gb", "GB", "GB"),
        new("bs", "BS", "BS"),
        new("sb", "SB", "SB"),
        new("sj", "SJ", "SJ"),
        new("sy", "SY", "SY"),
        new("1xb", "1XB", "1XB"),
    ];

    // Both layouts' aggregates are our "max" and "avg"; the row's layout tag tells them apart.
    private static readonly FootballDataBookmaker[] CurrentAggregates =
        [new("max", "Max", "Max"), new("avg", "Avg", "Avg")];

    private static readonly FootballDataBookmaker[] BetbrainAggregates =
        [new("max", "BbMx", "BbMx"), new("avg", "BbAv", "BbAv")];

    public static IEnumerable<FootballDataBookmaker> For(FootballDataLayout layout) =>
        Books.Concat(layout == FootballDataLayout.Betbrain ? BetbrainAggregates : CurrentAggregates);
}
