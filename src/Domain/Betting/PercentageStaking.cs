namespace CleanPlatform.Domain.Betting;

/// <summary>A fixed share <c>r</c> of the bankroll at decision time: <c>stake = r × bankroll</c>, cut down to the cent.</summary>
/// <param name="share"><c>r</c>, such as 1 %.</param>
public sealed class PercentageStaking(Percentage share) : IStakingPlan
{
    /// <summary><c>r</c>, such as 1 %.</summary>
    public Percentage Share { get; } = share;

    /// <inheritdoc />
    public decimal Stake(decimal bankroll, BetCandidate candidate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bankroll);
        return Cents.RoundDown(Share.Of(bankroll));
    }
}
