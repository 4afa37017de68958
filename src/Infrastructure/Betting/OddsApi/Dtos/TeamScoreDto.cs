namespace CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

/// <summary>One team's score; the provider sends the score as a string.</summary>
internal sealed record TeamScoreDto(string Name, string? Score = null);
