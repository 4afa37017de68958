namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>One bookmaker's markets for one event.</summary>
/// <param name="Key">The provider's bookmaker key, e.g. <c>pinnacle</c>.</param>
/// <param name="Title">The bookmaker's name.</param>
/// <param name="LastUpdate">When the provider last saw this bookmaker's prices change, UTC.</param>
/// <param name="Markets">The markets read.</param>
public sealed record OddsFeedBookmakerOdds(string Key, string Title, DateTimeOffset LastUpdate,
    IReadOnlyList<OddsFeedMarketOdds> Markets);
