namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>
/// A segment the pattern matcher learns: a competition, a market at a line, a selection (home, draw, away, over,
/// under) and a band of the consensus fair odds: 1.0–1.5, 1.5–2.0, 2.0–2.5, 2.5–3.5, 3.5–5.0, 5.0 and up.
/// </summary>
public readonly record struct PatternSegment(string Competition, MarketKind Market, decimal Line, Selection Selection, int Band)
{
    /// <summary>The competition's key.</summary>
    public string Competition { get; } = Competition;

    public MarketKind Market { get; } = Market;

    /// <summary>The line as the board stores it.</summary>
    public decimal Line { get; } = Line;

    public Selection Selection { get; } = Selection;

    /// <summary>0 to 5, from the shortest fair odds to the longest.</summary>
    public int Band { get; } = Band;

    /// <summary>The band of fair odds <paramref name="fairOdds"/>.</summary>
    public static int BandOf(double fairOdds) => fairOdds switch
    {
        < 1.5 => 0,
        < 2.0 => 1,
        < 2.5 => 2,
        < 3.5 => 3,
        < 5.0 => 4,
        _ => 5,
    };

    /// <summary>The band in words, such as "fair odds 2.0–2.5".</summary>
    public string DescribeBand() => Band switch
    {
        0 => "fair odds 1.0–1.5",
        1 => "fair odds 1.5–2.0",
        2 => "fair odds 2.0–2.5",
        3 => "fair odds 2.5–3.5",
        4 => "fair odds 3.5–5.0",
        _ => "fair odds 5.0+",
    };
}
