namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>
/// One data row of a football-data.co.uk file: a <see cref="FootballDataRow"/> that can be used or a
/// <see cref="FootballDataRejection"/> that cannot.
/// </summary>
public abstract record FootballDataEntry
{
    private protected FootballDataEntry(int lineNumber) => LineNumber = lineNumber;

    /// <summary>The 1-based line of the file where the row starts (the header is line 1).</summary>
    public int LineNumber { get; }
}
