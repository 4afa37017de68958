namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>A row that cannot be used at all (bad date, missing team, unparsable goals or price, FTR that contradicts the goals).</summary>
public sealed record FootballDataRejection : FootballDataEntry
{
    public FootballDataRejection(int lineNumber, string column, string reason) : base(lineNumber)
    {
        Column = column;
        Reason = reason;
    }

    /// <summary>The header name of the column at fault, as in the file (<c>Date</c>, <c>FTR</c>, <c>B365H</c>).</summary>
    public string Column { get; }

    /// <summary>Why the row was rejected, quoting the offending text.</summary>
    public string Reason { get; }
}
