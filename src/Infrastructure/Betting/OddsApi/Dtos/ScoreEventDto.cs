namespace CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

/// <summary>An item of <c>GET /v4/sports/{sport}/scores</c>; <c>scores</c> is null before the start.</summary>
internal sealed record ScoreEventDto(string Id, string SportKey, string SportTitle, DateTimeOffset CommenceTime,
    bool Completed, string? HomeTeam = null, string? AwayTeam = null, IReadOnlyList<TeamScoreDto>? Scores = null,
    DateTimeOffset? LastUpdate = null);
