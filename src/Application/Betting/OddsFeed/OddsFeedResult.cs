namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>What a feed call read, and the provider's credit counters as that call left them.</summary>
/// <param name="Items">The parsed items.</param>
/// <param name="Quota">The credits reported with the response.</param>
public sealed record OddsFeedResult<T>(T Items, OddsFeedQuota Quota);
