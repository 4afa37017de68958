namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>A bookmaker's market that could not be read (an unknown outcome name, a missing point, a bad price).</summary>
/// <param name="Bookmaker">The provider's bookmaker key.</param>
/// <param name="Market">The provider's market key, e.g. <c>h2h</c>.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record OddsFeedSkippedMarket(string Bookmaker, string Market, string Reason);
