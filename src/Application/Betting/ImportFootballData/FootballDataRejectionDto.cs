namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>A row that was not imported.</summary>
/// <param name="LineNumber">The file's line where the row starts (the header is line 1).</param>
/// <param name="Column">The column at fault, as the header names it.</param>
/// <param name="Reason">Why, quoting the offending text.</param>
public sealed record FootballDataRejectionDto(int LineNumber, string Column, string Reason)
{
    public const int ColumnMaxLength = 64;

    public const int ReasonMaxLength = 512;

    // A cell can be as long as the file; the report quotes enough of it to find it, not all of it.
    public static FootballDataRejectionDto From(FootballDataRejection rejection) =>
        new(rejection.LineNumber, Shortened(rejection.Column, ColumnMaxLength), Shortened(rejection.Reason, ReasonMaxLength));

    private static string Shortened(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
}
