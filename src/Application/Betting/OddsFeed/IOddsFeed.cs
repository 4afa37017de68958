namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>
/// A bookmakers' odds feed (The Odds API v4, shared/domain/betting.md §8). Every call takes the organization's
/// API key, returns what it read with the quota the provider reported, and fails with an
/// <see cref="OddsFeedException"/> saying what went wrong; the key never appears in a message or a log.
/// </summary>
public interface IOddsFeed
{
    /// <summary>Every sport the provider covers, out of season included. Free.</summary>
    Task<OddsFeedResult<IReadOnlyList<OddsFeedSport>>> ListSportsAsync(string apiKey, CancellationToken ct);

    /// <summary>The upcoming and live events of a sport (<c>soccer_epl</c>), without prices. Free.</summary>
    Task<OddsFeedResult<IReadOnlyList<OddsFeedEvent>>> ListEventsAsync(string apiKey, string sportKey,
        CancellationToken ct);

    /// <summary>Decimal prices of a sport's events. Costs markets × regions credits.</summary>
    Task<OddsFeedResult<IReadOnlyList<OddsFeedEventOdds>>> GetOddsAsync(string apiKey, OddsFeedOddsRequest request,
        CancellationToken ct);

    /// <summary>Live and, with <see cref="OddsFeedScoresRequest.DaysFrom"/>, recently completed scores. Costs 1, or 2 with days.</summary>
    Task<OddsFeedResult<IReadOnlyList<OddsFeedEventScore>>> GetScoresAsync(string apiKey, OddsFeedScoresRequest request,
        CancellationToken ct);
}
