namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>The periods analytics look back over, by settlement time; <c>all</c> (a century) when none is given.</summary>
public static class AnalyticsPeriods
{
    public const string All = "all";

    /// <summary>Each period's name and length; <c>all</c> has none.</summary>
    public static readonly IReadOnlyDictionary<string, TimeSpan?> Lengths = new Dictionary<string, TimeSpan?>
    {
        ["7d"] = TimeSpan.FromDays(7),
        ["30d"] = TimeSpan.FromDays(30),
        ["90d"] = TimeSpan.FromDays(90),
        [All] = null,
    };

    /// <summary>The longest name a period has.</summary>
    public static readonly int MaxLength = Lengths.Keys.Max(k => k.Length);

    public static string Normalize(string? period) => string.IsNullOrWhiteSpace(period) ? All : period.Trim().ToLowerInvariant();

    /// <summary>The earliest settlement time <paramref name="period"/> includes; <c>all</c> reaches back <see cref="AnalyticsLimits.MaxHistoryDays"/>.</summary>
    public static DateTimeOffset Since(string? period, DateTimeOffset now) =>
        now - (Lengths.TryGetValue(Normalize(period), out var length) && length is { } days
            ? days
            : TimeSpan.FromDays(AnalyticsLimits.MaxHistoryDays));
}
