namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>One bookmaker's prices for one market at one snapshot, every outcome present and above 1.0.</summary>
public sealed record FootballDataPrice
{
    public FootballDataPrice(string bookmaker, FootballDataMarket market, FootballDataSnapshot snapshot, decimal? line,
        IReadOnlyList<FootballDataOutcomePrice> outcomes)
    {
        Bookmaker = bookmaker;
        Market = market;
        Snapshot = snapshot;
        Line = line;
        Outcomes = outcomes;
    }

    /// <summary>
    /// Our bookmaker key: <c>b365</c>, <c>bw</c>, <c>iw</c>, <c>pinnacle</c>, <c>wh</c>, <c>vc</c>, …, and the
    /// aggregates <c>max</c> and <c>avg</c> (see <see cref="FootballDataRow.Layout"/>).
    /// </summary>
    public string Bookmaker { get; }

    public FootballDataMarket Market { get; }

    public FootballDataSnapshot Snapshot { get; }

    /// <summary>The market's line: null for 1X2, 2.5 for over/under, the home team's line for Asian handicap.</summary>
    public decimal? Line { get; }

    /// <summary>Home, draw, away (1X2); over, under; home, away (Asian handicap).</summary>
    public IReadOnlyList<FootballDataOutcomePrice> Outcomes { get; }
}
