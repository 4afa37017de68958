namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>
/// The provider's usage credits as one response reported them (<c>x-requests-remaining</c>, <c>x-requests-used</c>,
/// <c>x-requests-last</c>); each is null when its header was absent or not a number. Polling is planned from these.
/// </summary>
/// <param name="Remaining">Credits left until the quota resets.</param>
/// <param name="Used">Credits used since the last reset.</param>
/// <param name="Last">What the call that returned this cost.</param>
public sealed record OddsFeedQuota(int? Remaining, int? Used, int? Last)
{
    /// <summary>No header was present.</summary>
    public static OddsFeedQuota Unknown { get; } = new(null, null, null);
}
