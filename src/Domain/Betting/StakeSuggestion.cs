namespace CleanPlatform.Domain.Betting;

/// <summary>
/// A suggested stake and every step that led to it (betting.md §3, §13), so a user sees why: full Kelly <c>f*</c>,
/// the fractional <c>λ·f*</c>, that clamped to <c>[0, f_max]</c>, then scaled so that the open stakes and the new one
/// together stay within <c>F_max</c> of the bankroll. The stake is that fraction of the bankroll net of open stakes,
/// cut down to the cent.
/// </summary>
/// <param name="FullKelly"><c>f*</c>, uncapped; ≤ 0 means no bet.</param>
/// <param name="FractionalKelly"><c>λ·f*</c>, uncapped.</param>
/// <param name="Capped"><c>clamp(λ·f*, 0, f_max)</c>.</param>
/// <param name="Scaled">The capped fraction lowered so that open + new ≤ <c>F_max</c>; 0 when the open stakes reach it.</param>
/// <param name="OpenShare">Open stakes / bankroll.</param>
/// <param name="BankrollUsed">The bankroll net of open stakes, never below 0: what the fraction is taken of.</param>
/// <param name="Stake"><c>Scaled × BankrollUsed</c>, rounded down to 0.01.</param>
/// <param name="Edge"><c>p − 1/o</c>.</param>
/// <param name="ExpectedValue"><c>o·p − 1</c> per unit staked.</param>
public sealed record StakeSuggestion(
    decimal FullKelly, decimal FractionalKelly, decimal Capped, decimal Scaled, decimal OpenShare, decimal BankrollUsed,
    decimal Stake, decimal Edge, decimal ExpectedValue)
{
    public decimal FullKelly { get; } = FullKelly;

    public decimal FractionalKelly { get; } = FractionalKelly;

    public decimal Capped { get; } = Capped;

    public decimal Scaled { get; } = Scaled;

    public decimal OpenShare { get; } = OpenShare;

    public decimal BankrollUsed { get; } = BankrollUsed;

    public decimal Stake { get; } = Stake;

    public decimal Edge { get; } = Edge;

    public decimal ExpectedValue { get; } = ExpectedValue;

    /// <summary>
    /// The stake <paramref name="staking"/> suggests for <paramref name="candidate"/> with <paramref name="openStakes"/>
    /// at risk out of <paramref name="bankroll"/>. Scaling on the whole bankroll while staking on what is left of it
    /// is the cautious side of both readings: the new stake never takes open + new beyond <c>F_max × bankroll</c>.
    /// </summary>
    public static StakeSuggestion For(KellyStaking staking, BetCandidate candidate, decimal bankroll, decimal openStakes)
    {
        ArgumentNullException.ThrowIfNull(staking);
        ArgumentOutOfRangeException.ThrowIfNegative(openStakes);
        var fullKelly = KellyCriterion.Fraction(candidate);
        var fractional = KellyCriterion.Fraction(candidate, staking.Multiplier);
        var capped = staking.Fraction(candidate);
        var available = Math.Max(0m, bankroll - openStakes);
        var openShare = bankroll > 0m ? openStakes / bankroll : openStakes > 0m ? 1m : 0m;
        var scaled = bankroll > 0m ? SimultaneousStakes.Scale(openShare, [capped], staking.OpenCap)[0] : 0m;
        return new(fullKelly, fractional, capped, scaled, openShare, available, Cents.RoundDown(scaled * available),
            Betting.ExpectedValue.Edge(candidate.Odds, candidate.Probability),
            Betting.ExpectedValue.Of(candidate.Odds, candidate.Probability));
    }
}
