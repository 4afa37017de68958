namespace CleanPlatform.Domain.Betting;

/// <summary>Where a backtest run stands.</summary>
public enum BacktestRunStatus
{
    /// <summary>Waiting for the background runner.</summary>
    Queued = 0,

    /// <summary>Being replayed; its progress moves.</summary>
    Running = 1,

    /// <summary>Done; its result is kept.</summary>
    Completed = 2,

    /// <summary>Stopped by an error, named in the run.</summary>
    Failed = 3,
}
