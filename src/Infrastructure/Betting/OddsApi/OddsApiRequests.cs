using System.Globalization;
using CleanPlatform.Application.Betting.OddsFeed;

namespace CleanPlatform.Infrastructure.Betting.OddsApi;

/// <summary>
/// The relative URLs of the four calls. Prices are always asked for as decimal odds with ISO dates; the key goes
/// last, as <c>apiKey</c>, and <see cref="OddsApiRedaction"/> hides it wherever a URL is logged.
/// </summary>
internal static class OddsApiRequests
{
    public static string Sports(string apiKey) => Url("v4/sports", apiKey, [("all", "true")]);

    public static string Events(string apiKey, string sportKey) =>
        Url($"v4/sports/{Segment(sportKey)}/events", apiKey, [("dateFormat", "iso")]);

    public static string Odds(string apiKey, OddsFeedOddsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bookmakers = request.Bookmakers ?? [];
        if (request.Regions.Count == 0 && bookmakers.Count == 0)
            throw new ArgumentException("Odds need at least one region or bookmaker.", nameof(request));
        if (request.Markets.Count == 0)
            throw new ArgumentException("Odds need at least one market.", nameof(request));
        return Url($"v4/sports/{Segment(request.SportKey)}/odds", apiKey,
        [
            ("regions", List(request.Regions)), ("markets", List(request.Markets.Select(MarketKey))),
            ("oddsFormat", "decimal"), ("dateFormat", "iso"), ("bookmakers", List(bookmakers)),
            ("eventIds", List(request.EventIds)), ("commenceTimeFrom", Instant(request.CommenceTimeFrom)),
            ("commenceTimeTo", Instant(request.CommenceTimeTo)),
        ]);
    }

    public static string Scores(string apiKey, OddsFeedScoresRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.DaysFrom is { } days)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(days, 1, nameof(request));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(days, OddsFeedScoresRequest.MaxDaysFrom, nameof(request));
        }
        return Url($"v4/sports/{Segment(request.SportKey)}/scores", apiKey,
        [
            ("daysFrom", request.DaysFrom?.ToString(CultureInfo.InvariantCulture)), ("dateFormat", "iso"),
            ("eventIds", List(request.EventIds)),
        ]);
    }

    public static string MarketKey(OddsFeedMarket market) => market switch
    {
        OddsFeedMarket.HeadToHead => "h2h",
        OddsFeedMarket.Totals => "totals",
        OddsFeedMarket.Spreads => "spreads",
        _ => throw new ArgumentOutOfRangeException(nameof(market), market, "Not a market of the feed."),
    };

    private static string Url(string path, string apiKey, (string Name, string? Value)[] parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        var query = parameters.Where(p => p.Value is not null).Append((Name: "apiKey", Value: (string?)apiKey))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}");
        return $"{path}?{string.Join('&', query)}";
    }

    private static string Segment(string sportKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sportKey);
        return Uri.EscapeDataString(sportKey);
    }

    private static string? List(IEnumerable<string>? values) =>
        values?.ToList() is { Count: > 0 } list ? string.Join(',', list) : null;

    // The provider accepts only whole seconds in UTC with a Z: 2026-12-05T15:00:00Z.
    private static string? Instant(DateTimeOffset? at) =>
        at?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
