using CleanPlatform.Application.Betting.Studies.BacktestRuns;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>Wakes <see cref="RunBacktestsJob"/> now; with a clustered store, whichever node is free takes it.</summary>
internal sealed class QuartzBacktestRunner(ISchedulerFactory schedulers) : IBacktestRunner
{
    public async Task WakeAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(new JobKey(ScheduledJobs.NameOf<RunBacktestsJob>()), ct);
    }
}
