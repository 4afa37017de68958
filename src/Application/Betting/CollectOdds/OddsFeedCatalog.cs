using System.Globalization;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.CollectOdds;

/// <summary>
/// The organization's sports, competitions, seasons and bookmakers as a collection run meets them: an Odds API sport
/// key (<c>soccer_epl</c>) is a competition of the sport named by its group (<c>soccer</c>); each is looked up once and
/// added when missing.
/// </summary>
internal sealed class OddsFeedCatalog(IBettingDb db, Guid organizationId, DateTimeOffset now)
{
    private readonly Dictionary<string, Sport> _sports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Competition> _competitions = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid, string), Season> _seasons = [];
    private Dictionary<string, Bookmaker>? _bookmakers;

    public async Task<Competition> CompetitionAsync(string sportKey, string title, CancellationToken ct)
    {
        if (_competitions.TryGetValue(sportKey, out var known))
            return known;
        var competition = await db.Competitions.SingleOrDefaultAsync(c => c.Key == sportKey, ct);
        if (competition is null)
        {
            var sport = await SportAsync(SportOf(sportKey), ct);
            competition = Competition.Add(organizationId, sport.Id, sportKey, string.IsNullOrWhiteSpace(title) ? sportKey : title, now);
            db.Competitions.Add(competition);
        }

        return _competitions[sportKey] = competition;
    }

    public async Task<Season> SeasonAsync(Competition competition, DateTimeOffset kickOffUtc, CancellationToken ct)
    {
        var name = Season.NameFor(DateOnly.FromDateTime(kickOffUtc.UtcDateTime));
        if (_seasons.TryGetValue((competition.Id, name), out var known))
            return known;
        var season = await db.Seasons.SingleOrDefaultAsync(s => s.CompetitionId == competition.Id && s.Name == name, ct);
        if (season is null)
        {
            season = Season.Add(organizationId, competition.Id, name, now);
            db.Seasons.Add(season);
        }

        return _seasons[(competition.Id, name)] = season;
    }

    public async Task<Bookmaker> BookmakerAsync(string key, string title, CancellationToken ct)
    {
        _bookmakers ??= await db.Bookmakers.ToDictionaryAsync(b => b.Key, StringComparer.Ordinal, ct);
        if (_bookmakers.TryGetValue(key, out var known))
            return known;
        var bookmaker = Bookmaker.Add(organizationId, key, string.IsNullOrWhiteSpace(title) ? key : title, isAggregate: false, now);
        db.Bookmakers.Add(bookmaker);
        return _bookmakers[key] = bookmaker;
    }

    /// <summary>The sport group of an Odds API sport key: <c>soccer</c> for <c>soccer_epl</c>.</summary>
    public static string SportOf(string sportKey)
    {
        var cut = sportKey.IndexOf('_', StringComparison.Ordinal);
        return cut > 0 ? sportKey[..cut] : sportKey;
    }

    private async Task<Sport> SportAsync(string key, CancellationToken ct)
    {
        if (_sports.TryGetValue(key, out var known))
            return known;
        var sport = await db.Sports.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (sport is null)
        {
            sport = Sport.Add(organizationId, key, CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key.Replace('_', ' ')), now);
            db.Sports.Add(sport);
        }

        return _sports[key] = sport;
    }
}
