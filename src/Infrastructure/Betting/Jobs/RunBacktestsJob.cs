using CleanPlatform.Application.Betting.Studies.RunQueuedBacktests;
using Mediator;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>
/// Replays the queued backtests (<see cref="RunQueuedBacktests"/>) of every organization with one, one organization at
/// a time, as the system caller. Woken when a backtest is queued (<see cref="QuartzBacktestRunner"/>), and every minute
/// for the runs a stopped server abandoned.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RunBacktestsJob(SystemWork work, ILogger<RunBacktestsJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        const string name = nameof(RunQueuedBacktests);
        var organizations = await work.AcrossOrganizationsAsync(name, async (services, ct) =>
            await services.GetRequiredService<ISender>().Send(new OrganizationsWithQueuedBacktests(), ct), cancellationToken);
        var finished = 0;
        await work.ForEachOrganizationAsync(name, organizations, async (services, ct) =>
            finished += await services.GetRequiredService<ISender>().Send(new RunQueuedBacktests(), ct), cancellationToken);
        if (organizations.Count > 0)
            LogRan(log, finished, organizations.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backtests finished: {Finished} in {Organizations} organizations")]
    private static partial void LogRan(ILogger logger, int finished, int organizations);
}
