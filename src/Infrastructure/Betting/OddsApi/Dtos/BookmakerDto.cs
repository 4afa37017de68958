namespace CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

/// <summary>One bookmaker of an odds item.</summary>
internal sealed record BookmakerDto(string Key, string Title, DateTimeOffset LastUpdate, IReadOnlyList<MarketDto> Markets);
