namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>
/// An event's score. Settle only when <paramref name="Completed"/> is true: before that the score is live or absent.
/// </summary>
/// <param name="Id">The provider's event id.</param>
/// <param name="SportKey">The provider's sport key.</param>
/// <param name="SportTitle">The competition's title.</param>
/// <param name="CommenceTime">Kick-off, UTC.</param>
/// <param name="Completed">The game is over and the score final.</param>
/// <param name="HomeTeam">The home team.</param>
/// <param name="AwayTeam">The away team.</param>
/// <param name="HomeScore">The home team's score, matched by name; null before the start or when not a whole number.</param>
/// <param name="AwayScore">The away team's score, likewise.</param>
/// <param name="LastUpdate">When the score last changed, UTC; null before the start.</param>
public sealed record OddsFeedEventScore(string Id, string SportKey, string SportTitle, DateTimeOffset CommenceTime,
    bool Completed, string? HomeTeam, string? AwayTeam, int? HomeScore, int? AwayScore, DateTimeOffset? LastUpdate);
