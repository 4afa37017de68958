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

    /// <summary>
    /// The full-time columns (<c>FTHG</c>, <c>FTAG</c>, <c>FTR</c>), or null in a fixtures file, which has none: its
    /// matches are still to be played.
    /// </summary>
    public FootballDataResultColumns? FullTime { get; private init; }

    public FootballDataColumn? HalfTimeHomeGoals { get; }

    public FootballDataColumn? HalfTimeAwayGoals { get; }

    public FootballDataColumn? HalfTimeResult { get; }

    public IReadOnlyList<FootballDataPriceGroup> PriceGroups { get; }

    /// <exception cref="InvalidDataException">
    /// The header lacks a column every row needs, or has some of the full-time columns but not all three.
    /// </exception>
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
            // A results file has all three full-time columns; a fixtures file (matches still to come) has none.
            FullTime = header.Find("FTHG", "FTAG", "FTR") is null
                ? null
                : new FootballDataResultColumns(Required("FTHG"), Required("FTAG"), Required("FTR")),
        };
        return missing.Count == 0
            ? columns
            : throw new InvalidDataException(
                $"Not a football-data results or fixtures file: the header lacks {string.Join(", ", missing)}.");
    }
}
