namespace CleanPlatform.Domain.Betting;

/// <summary>The same stake on every bet, whatever the bankroll or the price.</summary>
public sealed class FlatStaking : IStakingPlan
{
    /// <summary>A plan staking <paramref name="stake"/> each time.</summary>
    public FlatStaking(decimal stake)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stake);
        Amount = Cents.RoundDown(stake);
    }

    /// <summary>The stake, to the cent.</summary>
    public decimal Amount { get; }

    /// <inheritdoc />
    public decimal Stake(decimal bankroll, BetCandidate candidate) => Amount;
}
