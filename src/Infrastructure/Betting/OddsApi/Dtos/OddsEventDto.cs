namespace CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

/// <summary>An item of <c>GET /v4/sports/{sport}/odds</c>.</summary>
internal sealed record OddsEventDto(string Id, string SportKey, string SportTitle, DateTimeOffset CommenceTime,
    IReadOnlyList<BookmakerDto> Bookmakers, string? HomeTeam = null, string? AwayTeam = null);
