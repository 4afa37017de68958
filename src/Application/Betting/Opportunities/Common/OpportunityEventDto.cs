namespace CleanPlatform.Application.Betting.Opportunities.Common;

/// <summary>The event an opportunity backs a selection of.</summary>
public sealed record OpportunityEventDto(
    Guid Id, Guid SportId, Guid CompetitionId, string Competition, string HomeTeam, string AwayTeam, DateTimeOffset KickOffUtc);
