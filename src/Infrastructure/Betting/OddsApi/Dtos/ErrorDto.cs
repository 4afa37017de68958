namespace CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

/// <summary>The body of an error response, when it is JSON.</summary>
internal sealed record ErrorDto(string? Message = null, string? ErrorCode = null);
