namespace CleanPlatform.Application.Betting.Studies.BacktestRuns;

/// <summary>The bounds of backtest runs, whatever the configuration.</summary>
public static class BacktestRunLimits
{
    /// <summary>The most matches one background backtest replays.</summary>
    public const int MaxMatches = 100_000;

    /// <summary>The most backtests of one organization queued or running at once.</summary>
    public const int MaxActive = 3;

    /// <summary>How long a finished run is kept.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);
}
