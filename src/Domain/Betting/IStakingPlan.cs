namespace CleanPlatform.Domain.Betting;

/// <summary>How an agent sizes a bet (betting.md §3): flat, a percentage of the bankroll, or fractional Kelly.</summary>
public interface IStakingPlan
{
    /// <summary>
    /// The stake for <paramref name="candidate"/> on <paramref name="bankroll"/> at decision time, cut down to the
    /// cent as bookmakers accept it; 0 means no bet.
    /// </summary>
    decimal Stake(decimal bankroll, BetCandidate candidate);
}
