namespace CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

/// <summary>One market of a bookmaker: <c>h2h</c>, <c>totals</c>, <c>spreads</c> (or one we do not read).</summary>
internal sealed record MarketDto(string Key, IReadOnlyList<OutcomeDto> Outcomes, DateTimeOffset? LastUpdate = null);
