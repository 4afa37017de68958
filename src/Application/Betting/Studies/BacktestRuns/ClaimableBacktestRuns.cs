using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.BacktestRuns;

public static class ClaimableBacktestRuns
{
    /// <summary>
    /// The runs a runner may take at <paramref name="now"/>, in the database: <see cref="BacktestRun.IsClaimable"/> as
    /// a query (queued, or running without a heartbeat for longer than the lease).
    /// </summary>
    public static IQueryable<BacktestRun> Claimable(this IQueryable<BacktestRun> runs, DateTimeOffset now)
    {
        var abandoned = now - BacktestRun.Lease;
        return runs.Where(r => r.Status == BacktestRunStatus.Queued
            || (r.Status == BacktestRunStatus.Running && r.HeartbeatAt < abandoned));
    }
}
