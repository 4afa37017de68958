namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>Which scores to fetch for one sport.</summary>
/// <param name="SportKey">The provider's sport key, e.g. <c>soccer_epl</c>.</param>
/// <param name="DaysFrom">1 to 3 to add games completed in that many past days; null for live and upcoming only.</param>
/// <param name="EventIds">Only these events; empty for all.</param>
public sealed record OddsFeedScoresRequest(string SportKey, int? DaysFrom = null, IReadOnlyList<string>? EventIds = null)
{
    /// <summary>The most days back the provider serves.</summary>
    public const int MaxDaysFrom = 3;
}
