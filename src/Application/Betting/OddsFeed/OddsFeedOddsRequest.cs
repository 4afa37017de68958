namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>
/// Which prices to fetch for one sport. Prices always come as decimal odds with ISO dates. Each market in each
/// region costs one credit; <paramref name="Bookmakers"/>, when given, replaces the regions (every 10 books
/// count as one region).
/// </summary>
/// <param name="SportKey">The provider's sport key, e.g. <c>soccer_epl</c>.</param>
/// <param name="Regions">Region codes such as <c>uk</c>, <c>eu</c>, <c>us</c>, <c>au</c>.</param>
/// <param name="Markets">The markets wanted; at least one.</param>
/// <param name="Bookmakers">Bookmaker keys (<c>pinnacle</c>, …); empty for every book of the regions.</param>
/// <param name="EventIds">Only these events; empty for all.</param>
/// <param name="CommenceTimeFrom">Only events starting at or after this instant.</param>
/// <param name="CommenceTimeTo">Only events starting at or before this instant.</param>
public sealed record OddsFeedOddsRequest(
    string SportKey,
    IReadOnlyList<string> Regions,
    IReadOnlyList<OddsFeedMarket> Markets,
    IReadOnlyList<string>? Bookmakers = null,
    IReadOnlyList<string>? EventIds = null,
    DateTimeOffset? CommenceTimeFrom = null,
    DateTimeOffset? CommenceTimeTo = null);
