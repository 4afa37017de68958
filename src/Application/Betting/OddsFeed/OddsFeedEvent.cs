namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>An event from the events list, without prices.</summary>
/// <param name="Id">The provider's event id.</param>
/// <param name="SportKey">The provider's sport key.</param>
/// <param name="SportTitle">The competition's title.</param>
/// <param name="CommenceTime">Kick-off, UTC.</param>
/// <param name="HomeTeam">The home team; null for an outright (a tournament winner).</param>
/// <param name="AwayTeam">The away team; null for an outright.</param>
public sealed record OddsFeedEvent(string Id, string SportKey, string SportTitle, DateTimeOffset CommenceTime,
    string? HomeTeam, string? AwayTeam);
