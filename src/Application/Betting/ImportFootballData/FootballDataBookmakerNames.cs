namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>Readable names of the reader's bookmaker keys; <c>max</c> and <c>avg</c> aggregate several books.</summary>
internal static class FootballDataBookmakerNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["b365"] = "Bet365",
        ["bw"] = "Bet&Win",
        ["iw"] = "Interwetten",
        ["pinnacle"] = "Pinnacle",
        ["wh"] = "William Hill",
        ["vc"] = "VC Bet",
        ["lb"] = "Ladbrokes",
        ["gb"] = "Gamebookers",
        ["bs"] = "Blue Square",
        ["sb"] = "Sportingbet",
        ["sj"] = "Stan James",
        ["sy"] = "Stanleybet",
        ["1xb"] = "1xBet",
        ["max"] = "Best price (football-data)",
        ["avg"] = "Average price (football-data)",
    };

    public static string NameOf(string key) => Names.GetValueOrDefault(key, key);

    public static bool IsAggregate(string key) => key is "max" or "avg";
}
