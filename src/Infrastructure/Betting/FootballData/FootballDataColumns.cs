using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>Where a file keeps each field the reader uses, resolved once from its header.</summary>
internal sealed class FootballDataColumns
{
    private FootballDataColumns(FootballDataHeader header)
    {
        Layout = header.Layout;
        Time = header.Find("Time");
        HalfTimeHomeGoals = header.Find("HTHG");
        HalfTimeAwayGoals = header.Find("HTAG");
        HalfTimeResult = header.Find("HTR");
        PriceGroups = FootballDataPriceGroups.In(header);
    }

    public FootballDataLayout Layout { get; }

    public FootballDataColumn Division { get; private init; }

    public FootballDataColumn Date { get; private init; }

    public FootballDataColumn? Time { get; }

    public FootballDataColumn HomeTeam { get; private init; }

    public FootballDataColumn AwayTeam { get; private init; }

    public FootballDataColumn FullTimeHomeGoals { get; private init; }

    public FootballDataColumn FullTimeAwayGoals { get; private init; }

    public FootballDataColumn FullTimeResult { get; private init; }

    public FootballDataColumn? HalfTimeHomeGoals { get; }

    public FootballDataColumn? HalfTimeAwayGoals { get; }

    public FootballDataColumn? HalfTimeResult { get; }

    public IReadOnlyList<FootballDataPriceGroup> PriceGroups { get; }

    /// <exception cref="InvalidDataException">The header lacks a column every row needs.</exception>
    public static FootballDataColumns From(FootballDataHeader header)
    {
        var missing = new List<string>();
        FootballDataColumn Required(params ReadOnlySpan<string> names)
        {
            if (header.Find(names) is { } column)
                return column;
            missing.Add(names[0]);
            return default;
        }

        // Some early files name the teams HT and AT.
        var columns = new FootballDataColumns(header)
        {
            Division = Required("Div"),
            Date = Required("Date"),
            HomeTeam = Required("HomeTeam", "HT"),
            AwayTeam = Required("AwayTeam", "AT"),
            FullTimeHomeGoals = Required("FTHG"),
            FullTimeAwayGoals = Required("FTAG"),
            FullTimeResult = Required("FTR"),
        };
        return missing.Count == 0
            ? columns
            : throw new InvalidDataException(
                $"Not a football-data results file: the header lacks {string.Join(", ", missing)}.");
    }
}
