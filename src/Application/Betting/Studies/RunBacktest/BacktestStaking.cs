namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>How a backtest sizes its bets (betting.md §3).</summary>
public enum BacktestStaking
{
    /// <summary>The same stake every bet.</summary>
    Flat,

    /// <summary>A share of the bankroll at decision time.</summary>
    Percentage,

    /// <summary>Fractional Kelly on the bankroll at decision time, capped when a cap is given.</summary>
    Kelly,
}
