namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>The names of football-data's division codes (<c>Div</c>); an unknown code names itself.</summary>
internal static class FootballDataDivisions
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["E0"] = "Premier League",
        ["E1"] = "Championship",
        ["E2"] = "League One",
        ["E3"] = "League Two",
        ["EC"] = "National League",
        ["SC0"] = "Scottish Premiership",
        ["D1"] = "Bundesliga",
        ["D2"] = "2. Bundesliga",
        ["I1"] = "Serie A",
        ["I2"] = "Serie B",
        ["SP1"] = "La Liga",
        ["SP2"] = "Segunda División",
        ["F1"] = "Ligue 1",
        ["F2"] = "Ligue 2",
        ["N1"] = "Eredivisie",
        ["B1"] = "Jupiler League",
        ["P1"] = "Primeira Liga",
        ["T1"] = "Süper Lig",
        ["G1"] = "Super League Greece",
    };

    public static string NameOf(string division) => Names.GetValueOrDefault(division, division);
}
