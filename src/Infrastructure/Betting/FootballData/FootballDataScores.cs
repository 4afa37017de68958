using System.Diagnostics.CodeAnalysis;
using CleanPlatform.Application.Betting.ImportFootballData;
using nietras.SeparatedValues;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>
/// The full-time score, which a played match has and a match still to come (a fixtures file, or blank goals and result
/// in a results file) has not, and the half-time score, which old rows may lack.
/// </summary>
internal static class FootballDataScores
{
    /// <summary>
    /// Null when the file has no full-time columns or the row leaves all three blank (not played yet); otherwise both
    /// goals and a matching <c>FTR</c> are needed.
    /// </summary>
    public static bool TryParseFullTime(SepReader.Row row, FootballDataColumns columns, out FootballDataScore? score,
        [NotNullWhen(false)] out FootballDataRejection? rejection)
    {
        score = null;
        rejection = null;
        if (columns.FullTime is not { } fullTime
            || (row.Cell(fullTime.HomeGoals).IsEmpty && row.Cell(fullTime.AwayGoals).IsEmpty && row.Cell(fullTime.Result).IsEmpty))
            return true;
        if (!TryParseGoals(row, fullTime.HomeGoals, required: true, out var home, out rejection)
            || !TryParseGoals(row, fullTime.AwayGoals, required: true, out var away, out rejection))
            return false;
        score = new FootballDataScore(home.GetValueOrDefault(), away.GetValueOrDefault());
        rejection = CheckResult(row, fullTime.Result, score, required: true);
        return rejection is null;
    }

    /// <summary>Null when either half-time goal cell is blank (or the file has none); a given <c>HTR</c> must match.</summary>
    public static bool TryParseHalfTime(SepReader.Row row, FootballDataColumns columns,
        out FootballDataScore? score, [NotNullWhen(false)] out FootballDataRejection? rejection)
    {
        score = null;
        rejection = null;
        if (columns.HalfTimeHomeGoals is not { } homeColumn || columns.HalfTimeAwayGoals is not { } awayColumn)
            return true;
        if (!TryParseGoals(row, homeColumn, required: false, out var home, out rejection)
            || !TryParseGoals(row, awayColumn, required: false, out var away, out rejection))
            return false;
        if (home is null || away is null)
            return true;
        score = new FootballDataScore(home.Value, away.Value);
        if (columns.HalfTimeResult is { } resultColumn)
            rejection = CheckResult(row, resultColumn, score, required: false);
        return rejection is null;
    }

    private static bool TryParseGoals(SepReader.Row row, FootballDataColumn column, bool required, out int? goals,
        [NotNullWhen(false)] out FootballDataRejection? rejection)
    {
        goals = null;
        rejection = null;
        var text = row.Cell(column);
        if (text.IsEmpty)
        {
            if (required)
                rejection = FootballDataRejections.Blank(row.LineNumberFrom, column);
        }
        else if (FootballDataValues.TryParseGoals(text, out var value))
            goals = value;
        else
            rejection = FootballDataRejections.Invalid(row.LineNumberFrom, column, text, "a number of goals");

        return rejection is null;
    }

    private static FootballDataRejection? CheckResult(SepReader.Row row, FootballDataColumn column, FootballDataScore score,
        bool required)
    {
        var text = row.Cell(column);
        if (text.IsEmpty)
            return required ? FootballDataRejections.Blank(row.LineNumberFrom, column) : null;
        FootballDataResult? result = text switch
        {
            "H" => FootballDataResult.HomeWin,
            "D" => FootballDataResult.Draw,
            "A" => FootballDataResult.AwayWin,
            _ => null,
        };
        if (result is null)
            return FootballDataRejections.Invalid(row.LineNumberFrom, column, text, "H, D or A");
        return result == score.Result
            ? null
            : new FootballDataRejection(row.LineNumberFrom, column.Name,
                $"{column.Name} '{text}' contradicts the score {score.HomeGoals}-{score.AwayGoals}.");
    }
}
