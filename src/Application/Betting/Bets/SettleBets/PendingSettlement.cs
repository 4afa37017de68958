using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Bets.SettleBets;

/// <summary>A pending bet whose event has an outcome, as a settlement run reads it: the bet's terms and the event's result.</summary>
public sealed record PendingSettlement(Guid Id, Guid UserId, int Version, MarketKind Market, Selection Selection,
    decimal Line, Odds Odds, decimal StakeAmount, string StakeCurrency, EventStatus EventStatus, int? HomeGoals,
    int? AwayGoals)
{
    /// <summary>The score the bet settles on; none for a void.</summary>
    public Score? Score => EventStatus == EventStatus.Completed && HomeGoals is { } home && AwayGoals is { } away
        ? new Score(home, away)
        : null;

    /// <summary>Settles the bet as <see cref="Bet.Settle(Score, DateTimeOffset, TieRule)"/> would, or voids it without a score.</summary>
    public RecordedSettlement Settle() => RecordedSettlement.Of(
        Score is { } score ? BetGrading.Grade(Market, Selection, Line, score) : Grade.Void,
        new Money(StakeAmount, StakeCurrency), Odds);
}
