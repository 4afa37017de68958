namespace CleanPlatform.Domain.Betting;

/// <summary>Whether a settlement rounds as a bookmaker pays (betting.md §13).</summary>
public enum SettlementMode
{
    /// <summary>Exact amounts, never rounded: studies and backtests (§10).</summary>
    Unrounded,

    /// <summary>A recorded bet: the payout cut down to the cent, profit = payout − stake.</summary>
    Recorded,
}
