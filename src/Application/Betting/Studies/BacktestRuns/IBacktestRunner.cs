namespace CleanPlatform.Application.Betting.Studies.BacktestRuns;

/// <summary>The background runner of long backtests: woken when one is queued, so it starts within the second.</summary>
public interface IBacktestRunner
{
    /// <summary>Asks the runner to look for queued backtests now (it also looks every minute).</summary>
    Task WakeAsync(CancellationToken ct);
}
