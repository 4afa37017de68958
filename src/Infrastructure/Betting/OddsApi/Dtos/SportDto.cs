namespace CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

/// <summary>An item of <c>GET /v4/sports</c>.</summary>
internal sealed record SportDto(string Key, string Group, string Title, bool Active, bool HasOutrights,
    string? Description = null);
