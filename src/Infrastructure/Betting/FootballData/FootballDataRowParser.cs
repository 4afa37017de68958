using System.Diagnostics.CodeAnalysis;
using CleanPlatform.Application.Betting.ImportFootballData;
using nietras.SeparatedValues;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>One data row: the match fields, then the prices; the first field that makes the row unusable rejects it.</summary>
internal static class FootballDataRowParser
{
    public static FootballDataEntry Parse(SepReader.Row row, FootballDataColumns columns)
    {
        var line = row.LineNumberFrom;
        if (Text(row, columns.Division) is not { } division)
            return FootballDataRejections.Blank(line, columns.Division);
        if (!TryParseKickOff(row, columns, out var kickOff, out var rejection))
            return rejection;
        if (Text(row, columns.HomeTeam) is not { } homeTeam)
            return FootballDataRejections.Blank(line, columns.HomeTeam);
        if (Text(row, columns.AwayTeam) is not { } awayTeam)
            return FootballDataRejections.Blank(line, columns.AwayTeam);
        if (!FootballDataScores.TryParseFullTime(row, columns, out var fullTime, out rejection)
            || !FootballDataScores.TryParseHalfTime(row, columns, out var halfTime, out rejection))
            return rejection;

        var prices = new List<FootballDataPrice>(columns.PriceGroups.Count);
        var skipped = new List<FootballDataSkippedMarket>();
        return FootballDataPriceParser.Parse(row, columns.PriceGroups, prices, skipped)
            ?? (FootballDataEntry)new FootballDataRow(line, columns.Layout, division, kickOff, homeTeam, awayTeam,
                fullTime, halfTime, prices, skipped);
    }

    private static string? Text(SepReader.Row row, FootballDataColumn column)
    {
        var text = row.Cell(column);
        return text.IsEmpty ? null : text.ToString();
    }

    private static bool TryParseKickOff(SepReader.Row row, FootballDataColumns columns,
        [NotNullWhen(true)] out FootballDataKickOff? kickOff, [NotNullWhen(false)] out FootballDataRejection? rejection)
    {
        kickOff = null;
        rejection = null;
        var dateText = row.Cell(columns.Date);
        if (dateText.IsEmpty)
            rejection = FootballDataRejections.Blank(row.LineNumberFrom, columns.Date);
        else if (!FootballDataValues.TryParseDate(dateText, out var date))
            rejection = FootballDataRejections.Invalid(row.LineNumberFrom, columns.Date, dateText, "a dd/mm/yy or dd/mm/yyyy date");
        else if (columns.Time is not { } timeColumn || row.Cell(timeColumn).IsEmpty)
            kickOff = new FootballDataKickOff(date, local: null, utc: null);
        else if (!FootballDataValues.TryParseTime(row.Cell(timeColumn), out var time))
            rejection = FootballDataRejections.Invalid(row.LineNumberFrom, timeColumn, row.Cell(timeColumn), "an HH:mm time");
        else
        {
            var local = date.ToDateTime(time);
            kickOff = new FootballDataKickOff(date, local, UkLocalTime.ToUtc(local));
        }

        return kickOff is not null;
    }
}
