using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>
/// The organization's sport, competitions, seasons and bookmakers as an import meets them: each is looked up once
/// and added when missing, so a file with hundreds of rows asks for each only once.
/// </summary>
internal sealed class FootballDataCatalog(IBettingDb db, Guid organizationId, DateTimeOffset now)
{
    public const string SportKey = "soccer";

    private readonly Dictionary<string, Competition> _competitions = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid, string), Season> _seasons = [];
    private Dictionary<string, Bookmaker>? _bookmakers;
    private Sport? _sport;

    public async Task<Competition> CompetitionAsync(string division, CancellationToken ct)
    {
        if (_competitions.TryGetValue(division, out var known))
            return known;
        var competition = await db.Competitions.SingleOrDefaultAsync(c => c.Key == division, ct);
        if (competition is null)
        {
            var sport = await SportAsync(ct);
            competition = Competition.Add(organizationId, sport.Id, division, FootballDataDivisions.NameOf(division), now);
            db.Competitions.Add(competition);
        }

        return _competitions[division] = competition;
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

    public async Task<Bookmaker> BookmakerAsync(string key, CancellationToken ct)
    {
        _bookmakers ??= await db.Bookmakers.ToDictionaryAsync(b => b.Key, StringComparer.Ordinal, ct);
        if (_bookmakers.TryGetValue(key, out var known))
            return known;
        var bookmaker = Bookmaker.Add(organizationId, key, FootballDataBookmakerNames.NameOf(key),
            FootballDataBookmakerNames.IsAggregate(key), now);
        db.Bookmakers.Add(bookmaker);
        return _bookmakers[key] = bookmaker;
    }

    private async Task<Sport> SportAsync(CancellationToken ct)
    {
        if (_sport is not null)
            return _sport;
        _sport = await db.Sports.SingleOrDefaultAsync(s => s.Key == SportKey, ct);
        if (_sport is null)
        {
            _sport = Sport.Add(organizationId, SportKey, "Soccer", now);
            db.Sports.Add(_sport);
        }

        return _sport;
    }
}
