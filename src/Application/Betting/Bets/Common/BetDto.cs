using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Bets.Common;

/// <summary>
/// A bet as the API shows it. <c>Line</c> is the backed selection's own line (an away handicap is the away side's);
/// <c>Payout</c> and <c>Profit</c> are in the stake's currency and null while pending; <c>Version</c> is what an
/// edit sends back. <c>ClosingStale</c> flags a CLV taken from a live price over an hour older than kick-off.
/// </summary>
public sealed record BetDto(
    Guid Id, Guid EventId, Guid SportId, Guid CompetitionId, Guid BookmakerId, Guid UserId,
    MarketKind Market, Selection Selection, decimal Line, decimal Odds, MoneyDto Stake, DateTimeOffset PlacedAt,
    Guid? OpportunityId, string? AgentKey, decimal? EdgeAtPlacement, decimal? KellyFractionAtPlacement,
    BetStatus Status, int? SettledHomeGoals, int? SettledAwayGoals, decimal? Payout, decimal? Profit,
    DateTimeOffset? SettledAt, decimal? DeadHeatFraction,
    decimal? ClosingOdds, double? ClosingFairProbability, double? ClvRaw, double? ClvFair, double? ClvProbability,
    bool ClvLineRepriced, bool ClosingStale, string? Notes, IReadOnlyList<string> Tags, int Version, DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt) : IHasId
{
    public static BetDto From(Bet bet)
    {
        ArgumentNullException.ThrowIfNull(bet);
        return new(bet.Id, bet.EventId, bet.SportId, bet.CompetitionId, bet.BookmakerId, bet.UserId,
            bet.Market, bet.Selection, bet.Line, bet.Odds.Value, MoneyDto.From(bet.Stake), bet.PlacedAt,
            bet.OpportunityId, bet.AgentKey, bet.EdgeAtPlacement, bet.KellyFractionAtPlacement,
            bet.Status, bet.SettledHomeGoals, bet.SettledAwayGoals, bet.Payout, bet.Profit, bet.SettledAt, bet.DeadHeatFraction,
            bet.ClosingOdds, bet.ClosingFairProbability, bet.ClvRaw, bet.ClvFair, bet.ClvProbability,
            bet.ClvLineRepriced, bet.ClosingStale, bet.Notes, [.. bet.Tags], bet.Version, bet.CreatedAt, bet.UpdatedAt);
    }
}
