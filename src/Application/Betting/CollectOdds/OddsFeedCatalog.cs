using System.Globalization;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.CollectOdds;

/// <summary>
/// The organization's catalogue (<see cref="BettingCatalog"/>) under the Odds API's names: a sport key
/// (<c>soccer_epl</c>) is a competition of the sport named by its group (<c>soccer</c>), titled as the feed titles it.
/// </summary>
internal sealed class OddsFeedCatalog(IBettingDb db, Guid organizationId, DateTimeOffset now)
{
    private readonly BettingCatalog _catalog = new(db, organizationId, now);

    public Task<Competition> CompetitionAsync(string sportKey, string title, CancellationToken ct)
    {
        var sport = SportOf(sportKey);
        return _catalog.CompetitionAsync(sportKey, Titled(title, sportKey), sport,
            CultureInfo.InvariantCulture.TextInfo.ToTitleCase(sport.Replace('_', ' ')), ct);
    }

    public Task<Season> SeasonAsync(Competition competition, DateTimeOffset kickOffUtc, CancellationToken ct) =>
        _catalog.SeasonAsync(competition, Season.NameFor(DateOnly.FromDateTime(kickOffUtc.UtcDateTime)), ct);

    public Task<Bookmaker> BookmakerAsync(string key, string title, CancellationToken ct) =>
        _catalog.BookmakerAsync(key, Titled(title, key), isAggregate: false, ct);

    /// <summary>The sport group of an Odds API sport key: <c>soccer</c> for <c>soccer_epl</c>.</summary>
    public static string SportOf(string sportKey)
    {
        var cut = sportKey.IndexOf('_', StringComparison.Ordinal);
        return cut > 0 ? sportKey[..cut] : sportKey;
    }

    private static string Titled(string title, string key) => string.IsNullOrWhiteSpace(title) ? key : title;
}
