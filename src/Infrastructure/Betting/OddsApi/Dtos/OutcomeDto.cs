namespace CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

/// <summary>One outcome: a team, <c>Draw</c>, <c>Over</c> or <c>Under</c>, its decimal price and its point.</summary>
internal sealed record OutcomeDto(string Name, decimal Price, decimal? Point = null);
