using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Bets.Common;

/// <summary>
/// A bet as the API shows it. <c>Line</c> is the backed selection's own line (an away handicap is the away side's);
/// <c>Payout</c> and <c>Profit</c> are in the stake's currency and null while pending; <c>Version</c> is what an
/// edit sends back. <c>ClosingStale</c> flags a CLV taken from a live price over an hour older than kick-off.
/// <c>ClosingLine</c> is the line the close was taken at; when it differs from <c>Line</c> (a handicap or total that moved),
/// <c>ClvLineRepriced</c> is true, the raw measures are null and <c>ClvRepricedFair</c> holds the CLV at the bet's line
/// re-priced from a goal model.
/// </summary>
/// <param name="Id">The bet.</param>
/// <param name="EventId">The event it is on.</param>
/// <param name="SportId">The event's sport.</param>
/// <param name="CompetitionId">The event's competition.</param>
/// <param name="BookmakerId">Where it was placed.</param>
/// <param name="UserId">Who placed it.</param>
/// <param name="Market">The market.</param>
/// <param name="Selection">The backed selection.</param>
/// <param name="Line">The backed selection's own line (an away handicap is the away side's); 0 for 1X2 and moneylines.</param>
/// <param name="Odds">The decimal odds taken.</param>
/// <param name="Stake">The stake and its currency.</param>
/// <param name="PlacedAt">When it was struck (UTC).</param>
/// <param name="OpportunityId">The opportunity it came from, if any.</param>
/// <param name="AgentKey">The agent that suggested it, if any.</param>
/// <param name="EdgeAtPlacement">The edge p − 1/o when placed, if known.</param>
/// <param name="KellyFractionAtPlacement">The Kelly fraction when placed, if known.</param>
/// <param name="Status">Pending, or how it settled.</param>
/// <param name="SettledHomeGoals">The home side's full-time goals it settled on.</param>
/// <param name="SettledAwayGoals">The away side's full-time goals it settled on.</param>
/// <param name="Payout">What the bookmaker paid back, the stake included; null while pending.</param>
/// <param name="Profit">Payout − stake; null while pending.</param>
/// <param name="SettledAt">When it settled.</param>
/// <param name="DeadHeatFraction">The dead heat's m/k, when it won one.</param>
/// <param name="ClosingOdds">The reference close of the selection at ClosingLine: the raw close, kept when the bet was re-priced.</param>
/// <param name="ClosingFairProbability">The multiplicative devig of the reference close at ClosingLine.</param>
/// <param name="ClvRaw">Raw CLV o_t/o_c − 1; null without a close, or when the close is at another line than the bet's.</param>
/// <param name="ClvFair">Fair CLV o_t·p_c − 1; null without a complete close, or when the close is at another line.</param>
/// <param name="ClvProbability">1/o_c − 1/o_t; null without a close, or when the close is at another line.</param>
/// <param name="ClvLineRepriced">Whether the handicap or total closed at another line (ClosingLine) and the bet's line was re-priced from a Poisson goal model fitted to the event's closing markets.</param>
/// <param name="ClosingLine">The selection's own line the close was taken at: Line, or the moved line when ClvLineRepriced; null without a close.</param>
/// <param name="RepricedFairProbability">When re-priced: the goal model's fair (break-even) probability of the selection at the bet's line, pushes left out and quarter lines split.</param>
/// <param name="ClvRepricedFair">When re-priced: the fair CLV at the bet's line, o_t·p_r − 1 with p_r = RepricedFairProbability.</param>
/// <param name="ClosingStale">Whether the close was a live price captured over an hour before kick-off.</param>
/// <param name="Notes">Free notes.</param>
/// <param name="Tags">Short labels.</param>
/// <param name="Version">What an edit sends back.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record BetDto(
    Guid Id, Guid EventId, Guid SportId, Guid CompetitionId, Guid BookmakerId, Guid UserId,
    MarketKind Market, Selection Selection, decimal Line, decimal Odds, MoneyDto Stake, DateTimeOffset PlacedAt,
    Guid? OpportunityId, string? AgentKey, decimal? EdgeAtPlacement, decimal? KellyFractionAtPlacement,
    BetStatus Status, int? SettledHomeGoals, int? SettledAwayGoals, decimal? Payout, decimal? Profit,
    DateTimeOffset? SettledAt, decimal? DeadHeatFraction,
    decimal? ClosingOdds, double? ClosingFairProbability, double? ClvRaw, double? ClvFair, double? ClvProbability,
    bool ClvLineRepriced, decimal? ClosingLine, double? RepricedFairProbability, double? ClvRepricedFair,
    bool ClosingStale, string? Notes, IReadOnlyList<string> Tags, int Version, DateTimeOffset CreatedAt,
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
            bet.ClvLineRepriced, bet.ClosingLine, bet.RepricedFairProbability, bet.ClvRepricedFair, bet.ClosingStale, bet.Notes, [.. bet.Tags], bet.Version, bet.CreatedAt, bet.UpdatedAt);
    }
}
