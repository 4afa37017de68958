namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Fractional Kelly with caps (betting.md §3, §13): <c>f = clamp(λ·f*, 0, f_max)</c> per bet, and open + new
/// fractions at most <c>F_max</c>, the per-bet cap applying first. <c>f* ≤ 0</c> is no bet.
/// </summary>
/// <param name="multiplier"><c>λ</c>, the share of full Kelly.</param>
/// <param name="betCap"><c>f_max</c>, the most one bet may take of the bankroll.</param>
/// <param name="openCap"><c>F_max</c>, the most all open bets together may take.</param>
public sealed class KellyStaking(Percentage multiplier, Percentage betCap, Percentage openCap) : IStakingPlan
{
    /// <summary>The platform's defaults: λ = 25 %, f_max = 5 %, F_max = 25 %.</summary>
    public static KellyStaking Default { get; } = new(new Percentage(25m), new Percentage(5m), new Percentage(25m));

    /// <summary><c>λ</c>.</summary>
    public Percentage Multiplier { get; } = multiplier;

    /// <summary><c>f_max</c>.</summary>
    public Percentage BetCap { get; } = betCap;

    /// <summary><c>F_max</c>.</summary>
    public Percentage OpenCap { get; } = openCap;

    /// <summary>The suggested fraction of the bankroll: <c>clamp(λ·f*, 0, f_max)</c>.</summary>
    public decimal Fraction(BetCandidate candidate) =>
        Math.Clamp(KellyCriterion.Fraction(candidate, Multiplier), 0m, BetCap.Fraction);

    /// <inheritdoc />
    public decimal Stake(decimal bankroll, BetCandidate candidate) => StakeOf(bankroll, Fraction(candidate));

    /// <summary>
    /// Stakes for bets placed together on one bankroll snapshot, with <paramref name="openStakes"/> already at
    /// risk: each capped at <c>f_max</c>, then scaled so that open + new stay within <c>F_max</c>.
    /// </summary>
    public IReadOnlyList<decimal> Stakes(decimal bankroll, decimal openStakes, IReadOnlyList<BetCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bankroll);
        ArgumentOutOfRangeException.ThrowIfNegative(openStakes);
        var fractions = SimultaneousStakes.Scale(openStakes / bankroll, [.. candidates.Select(Fraction)], OpenCap);
        return [.. fractions.Select(f => StakeOf(bankroll, f))];
    }

    private static decimal StakeOf(decimal bankroll, decimal fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bankroll);
        return Cents.RoundDown(fraction * bankroll);
    }
}
