namespace CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

/// <summary>An item of <c>GET /v4/sports/{sport}/events</c>; outrights have no teams.</summary>
internal sealed record EventDto(string Id, string SportKey, string SportTitle, DateTimeOffset CommenceTime,
    string? HomeTeam = null, string? AwayTeam = null);
