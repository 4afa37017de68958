using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Common;

/// <summary>
/// The organization's sports, competitions, seasons and bookmakers as a run over a source meets them, by key: each is
/// looked up once and added when missing, under the name the source gives it, so a run over hundreds of rows asks for
/// each only once. What a source calls things is the source's (<c>OddsFeedCatalog</c>, <c>FootballDataCatalog</c>).
/// </summary>
internal sealed class BettingCatalog(IBettingDb db, Guid organizationId, DateTimeOffset now)
{
    private readonly Dictionary<string, Sport> _sports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Competition> _competitions = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid, string), Season> _seasons = [];
    private Dictionary<string, Bookmaker>? _bookmakers;

    /// <summary>The competition keyed <paramref name="key"/>; a new one is named <paramref name="name"/>, of the sport keyed <paramref name="sportKey"/>.</summary>
    public async Task<Competition> CompetitionAsync(string key, string name, string sportKey, string sportName,
        CancellationToken ct)
    {
        if (_competitions.TryGetValue(key, out var known))
            return known;
        var competition = await db.Competitions.SingleOrDefaultAsync(c => c.Key == key, ct);
        if (competition is null)
        {
            var sport = await SportAsync(sportKey, sportName, ct);
            competition = Competition.Add(organizationId, sport.Id, key, name, now);
            db.Competitions.Add(competition);
        }

        return _competitions[key] = competition;
    }

    public async Task<Season> SeasonAsync(Competition competition, string name, CancellationToken ct)
    {
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

    /// <summary>The bookmaker keyed <paramref name="key"/>; a new one is named <paramref name="name"/>.</summary>
    public async Task<Bookmaker> BookmakerAsync(string key, string name, bool isAggregate, CancellationToken ct)
    {
        _bookmakers ??= await db.Bookmakers.ToDictionaryAsync(b => b.Key, StringComparer.Ordinal, ct);
        if (_bookmakers.TryGetValue(key, out var known))
            return known;
        var bookmaker = Bookmaker.Add(organizationId, key, name, isAggregate, now);
        db.Bookmakers.Add(bookmaker);
        return _bookmakers[key] = bookmaker;
    }

    private async Task<Sport> SportAsync(string key, string name, CancellationToken ct)
    {
        if (_sports.TryGetValue(key, out var known))
            return known;
        var sport = await db.Sports.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (sport is null)
        {
            sport = Sport.Add(organizationId, key, name, now);
            db.Sports.Add(sport);
        }

        return _sports[key] = sport;
    }
}
