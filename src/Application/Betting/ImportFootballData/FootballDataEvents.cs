using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>
/// Finds a row's match by its natural key (competition, kick-off in UTC, home, away), or schedules it, and records
/// its result when the row has one. Each competition's events are loaded once per import.
/// </summary>
internal sealed class FootballDataEvents(IBettingDb db, Guid organizationId, DateTimeOffset now)
{
    private readonly Dictionary<Guid, Dictionary<(DateTimeOffset, string, string), SportEvent>> _byCompetition = [];

    public async Task<(SportEvent Event, FootballDataEventChange Change)> RecordAsync(FootballDataRow row,
        Competition competition, Season season, CancellationToken ct)
    {
        var events = await EventsOfAsync(competition.Id, ct);
        var (utc, local) = FootballDataKickOffs.Of(row.KickOff);
        var key = (utc, row.HomeTeam.Trim(), row.AwayTeam.Trim());
        var added = !events.TryGetValue(key, out var sportEvent);
        if (sportEvent is null)
        {
            sportEvent = SportEvent.Schedule(organizationId, competition.Id, season.Id, row.HomeTeam, row.AwayTeam, utc,
                local, FootballDataKickOffs.TimeZone, now);
            db.SportEvents.Add(sportEvent);
            events[key] = sportEvent;
        }

        var before = (sportEvent.Status, sportEvent.FinalScore, sportEvent.HalfTimeScore, sportEvent.SourceLine);
        // A fixture (no score yet) schedules the match and never takes back a result a results file gave.
        if (row.FullTime is { } fullTime)
            sportEvent.Complete(ScoreOf(fullTime), row.HalfTime is { } halfTime ? ScoreOf(halfTime) : null);
        sportEvent.ReadAtSourceLine(row.LineNumber);
        var after = (sportEvent.Status, sportEvent.FinalScore, sportEvent.HalfTimeScore, sportEvent.SourceLine);
        var change = added ? FootballDataEventChange.Added
            : before == after ? FootballDataEventChange.Unchanged
            : FootballDataEventChange.Updated;
        return (sportEvent, change);
    }

    private async Task<Dictionary<(DateTimeOffset, string, string), SportEvent>> EventsOfAsync(Guid competitionId,
        CancellationToken ct)
    {
        if (!_byCompetition.TryGetValue(competitionId, out var events))
        {
            events = await db.SportEvents.Where(e => e.CompetitionId == competitionId)
                .ToDictionaryAsync(e => (e.KickOffUtc, e.HomeTeam, e.AwayTeam), ct);
            _byCompetition[competitionId] = events;
        }

        return events;
    }

    private static Score ScoreOf(FootballDataScore score) => new(score.HomeGoals, score.AwayGoals);
}
