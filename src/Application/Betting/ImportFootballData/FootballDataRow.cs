namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>A match as one row of a football-data.co.uk file gives it, with every usable price group of the row.</summary>
public sealed record FootballDataRow : FootballDataEntry
{
    public FootballDataRow(int lineNumber, FootballDataLayout layout, string division, FootballDataKickOff kickOff,
        string homeTeam, string awayTeam, FootballDataScore? fullTime, FootballDataScore? halfTime,
        IReadOnlyList<FootballDataPrice> prices, IReadOnlyList<FootballDataSkippedMarket> skippedMarkets)
        : base(lineNumber)
    {
        Layout = layout;
        Division = division;
        KickOff = kickOff;
        HomeTeam = homeTeam;
        AwayTeam = awayTeam;
        FullTime = fullTime;
        HalfTime = halfTime;
        Prices = prices;
        SkippedMarkets = skippedMarkets;
    }

    /// <summary>Which column layout the file has; it tells what the <c>max</c> and <c>avg</c> prices aggregate.</summary>
    public FootballDataLayout Layout { get; }

    /// <summary>The league code (<c>Div</c>), e.g. <c>E0</c> for the Premier League.</summary>
    public string Division { get; }

    public FootballDataKickOff KickOff { get; }

    /// <summary>The home team as football-data names it (<c>Nott'm Forest</c>); mapping to other names is the importer's.</summary>
    public string HomeTeam { get; }

    public string AwayTeam { get; }

    /// <summary>
    /// The full-time score (90 minutes and stoppage time), checked against <c>FTR</c>; null for a match still to be
    /// played (a fixtures file, or a results row whose goals and result are blank).
    /// </summary>
    public FootballDataScore? FullTime { get; }

    /// <summary>The half-time score, or null when the file has none for this row.</summary>
    public FootballDataScore? HalfTime { get; }

    /// <summary>
    /// Every price group of the row whose outcomes are all present and above 1.0: pre-closing before closing, then
    /// 1X2, over/under, Asian handicap.
    /// </summary>
    public IReadOnlyList<FootballDataPrice> Prices { get; }

    /// <summary>The price groups the header has but this row cannot give (a blank or a price ≤ 1.0).</summary>
    public IReadOnlyList<FootballDataSkippedMarket> SkippedMarkets { get; }
}
