namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>
/// Functions each database provider translates for analytics, so that bets are grouped by day or hour in SQL. Called
/// outside a query they compute the same value in memory.
/// </summary>
public static class AnalyticsSql
{
    /// <summary>Whole hours from the Unix epoch to <paramref name="at"/>, in UTC (floored).</summary>
    public static long UtcHour(DateTimeOffset at) =>
        (long)Math.Floor((at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerHour);

    /// <summary>The decimal odds as a double, which SQL can sum on every provider (a mean needs no more precision).</summary>
    public static double OddsValue(Odds odds) => (double)odds.Value;
}
