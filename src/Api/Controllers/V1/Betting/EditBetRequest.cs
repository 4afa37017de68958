using CleanPlatform.Application.Betting.Bets.EditBet;
using CleanPlatform.Application.Common.Models;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>A pending bet's corrected price, stake, line, bookmaker, time, notes and tags, and the version they change.</summary>
/// <param name="Version">The bet's <c>version</c> as you read it.</param>
/// <param name="BookmakerKey">The bookmaker's key, e.g. <c>pinnacle</c>; a new key is added to the catalogue.</param>
/// <param name="Line">The backed selection's own line, valid for the bet's market.</param>
/// <param name="Odds">Decimal odds, above 1.</param>
/// <param name="Stake">A positive amount.</param>
/// <param name="PlacedAt">When the bet was struck; not in the future.</param>
/// <param name="Notes">Free text, or null.</param>
/// <param name="Tags">Short labels, or null for none.</param>
public sealed record EditBetRequest(int Version, string BookmakerKey, decimal Line, decimal Odds, MoneyDto Stake,
    DateTimeOffset PlacedAt, string? Notes = null, IReadOnlyList<string>? Tags = null)
{
    public EditBet ToCommand(Guid id) => new(id, Version, BookmakerKey, Line, Odds, Stake, PlacedAt, Notes, Tags);
}
