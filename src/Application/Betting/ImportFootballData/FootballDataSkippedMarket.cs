namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>A price group the header has but a row cannot give; the rest of the row is still used.</summary>
public sealed record FootballDataSkippedMarket
{
    public FootballDataSkippedMarket(string bookmaker, FootballDataMarket market, FootballDataSnapshot snapshot,
        FootballDataSkipReason reason, string column)
    {
        Bookmaker = bookmaker;
        Market = market;
        Snapshot = snapshot;
        Reason = reason;
        Column = column;
    }

    /// <summary>The bookmaker key, as in <see cref="FootballDataPrice.Bookmaker"/>.</summary>
    public string Bookmaker { get; }

    public FootballDataMarket Market { get; }

    public FootballDataSnapshot Snapshot { get; }

    public FootballDataSkipReason Reason { get; }

    /// <summary>The column at fault, as in the header (<c>IWH</c>, <c>PC&gt;2.5</c>, <c>AHCh</c>), the first of the group that is at fault.</summary>
    public string Column { get; }
}
