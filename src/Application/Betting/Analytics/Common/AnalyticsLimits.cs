namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>Bounds of what analytics answer, for the API's schema.</summary>
public static class AnalyticsLimits
{
    /// <summary>How far back <c>all</c> reaches: a century of days, so a series has at most one more point than this.</summary>
    public const int MaxHistoryDays = 36_525;

    /// <summary>Points of a daily series: every day of <see cref="MaxHistoryDays"/>, both ends included.</summary>
    public const int MaxSeriesPoints = MaxHistoryDays + 1;

    /// <summary>Distinct three-letter currency codes.</summary>
    public const int MaxCurrencies = 26 * 26 * 26;

    /// <summary>Cells of a week by hour.</summary>
    public const int HeatmapCells = 7 * 24;
}
