namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>A row that was not imported.</summary>
/// <param name="LineNumber">The file's line where the row starts (the header is line 1).</param>
/// <param name="Column">The column at fault, as the header names it.</param>
/// <param name="Reason">Why, quoting the offending text.</param>
public sealed record FootballDataRejectionDto(int LineNumber, string Column, string Reason)
{
    public static FootballDataRejectionDto From(FootballDataRejection rejection) =>
        new(rejection.LineNumber, rejection.Column, rejection.Reason);
}
