using System.Globalization;
using System.Text;
using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.Betting.CommandLine;

/// <summary>An import report as plain lines: the counts, then each rejected row with its line number and reason.</summary>
internal static class FootballDataImportSummary
{
    public static string Of(FootballDataImportDto report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{report.FileName}: {report.RowsRead} rows read, {report.EventsAdded} matches added, " +
            $"{report.EventsUpdated} updated, {report.SnapshotsAdded} prices added, " +
            $"{report.SnapshotsAlreadyPresent} already there, {report.SkippedMarkets} price groups left out, " +
            $"{report.Rejections.Count} rows rejected");
        foreach (var rejection in report.Rejections)
            text.AppendLine(CultureInfo.InvariantCulture, $"  line {rejection.LineNumber} ({rejection.Column}): {rejection.Reason}");
        return text.ToString().TrimEnd();
    }
}
