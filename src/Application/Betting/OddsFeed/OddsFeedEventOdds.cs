namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>An event with every bookmaker's prices, outcomes matched to the teams by name.</summary>
/// <param name="Id">The provider's event id.</param>
/// <param name="SportKey">The provider's sport key.</param>
/// <param name="SportTitle">The competition's title.</param>
/// <param name="CommenceTime">Kick-off, UTC.</param>
/// <param name="HomeTeam">The home team (outcomes with this name are <c>Home</c>).</param>
/// <param name="AwayTeam">The away team (outcomes with this name are <c>Away</c>).</param>
/// <param name="Bookmakers">Each bookmaker's markets that could be read.</param>
/// <param name="Skipped">Markets that could not be read, each with the reason, so none is dropped silently.</param>
public sealed record OddsFeedEventOdds(string Id, string SportKey, string SportTitle, DateTimeOffset CommenceTime,
    string? HomeTeam, string? AwayTeam, IReadOnlyList<OddsFeedBookmakerOdds> Bookmakers,
    IReadOnlyList<OddsFeedSkippedMarket> Skipped);
