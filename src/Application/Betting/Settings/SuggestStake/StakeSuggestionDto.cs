namespace CleanPlatform.Application.Betting.Settings.SuggestStake;

/// <summary>
/// A suggested stake and the steps to it (betting.md §3, §13): <c>FullKelly</c> f* = (p·o − 1)/(o − 1);
/// <c>FractionalKelly</c> λ·f*; <c>Capped</c> = clamp(λ·f*, 0, f_max); <c>Scaled</c>: lowered so that
/// <c>OpenShare</c> + it ≤ F_max (0 when the open stakes reach F_max); <c>Stake</c> = Scaled × <c>BankrollUsed</c>
/// (the bankroll net of open stakes), rounded down to 0.01. <c>Edge</c> = p − 1/o and <c>ExpectedValue</c> = o·p − 1;
/// <c>MeetsMinimumEdge</c> says whether EV &gt; θ, the settings' value rule. Fractions are of one.
/// </summary>
public sealed record StakeSuggestionDto(
    decimal Odds, double Probability, decimal KellyFraction, decimal MaxBetShare, decimal MaxOpenShare, decimal MinimumEdge,
    decimal FullKelly, decimal FractionalKelly, decimal Capped, decimal Scaled, decimal OpenShare, MoneyDto Bankroll,
    MoneyDto OpenStakes, MoneyDto BankrollUsed, MoneyDto Stake, decimal Edge, decimal ExpectedValue, bool MeetsMinimumEdge);
