using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Events.ListEvents;

/// <summary>An event to bet on: its competition, teams, kick-off (UTC), status and, once completed, the full-time score.</summary>
public sealed record EventDto(
    Guid Id, Guid CompetitionId, string CompetitionKey, string CompetitionName, string HomeTeam, string AwayTeam,
    DateTimeOffset KickOffUtc, EventStatus Status, int? HomeGoals, int? AwayGoals) : IHasId
{
    public static EventDto From(SportEvent sportEvent, Competition competition)
    {
        ArgumentNullException.ThrowIfNull(sportEvent);
        ArgumentNullException.ThrowIfNull(competition);
        return new(sportEvent.Id, competition.Id, competition.Key, competition.Name, sportEvent.HomeTeam, sportEvent.AwayTeam,
            sportEvent.KickOffUtc, sportEvent.Status, sportEvent.HomeGoals, sportEvent.AwayGoals);
    }
}
