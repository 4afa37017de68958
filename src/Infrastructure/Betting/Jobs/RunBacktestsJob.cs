using CleanPlatform.Application.Betting.Studies.RunQueuedBacktests;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>
/// Replays the queued backtests (<see cref="RunQueuedBacktests"/>) of every organization with one, one organization at
/// a time, as the system caller. Woken when a backtest is queued (<see cref="QuartzBacktestRunner"/>), and every minute
/// for the runs a stopped server abandoned.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RunBacktestsJob(SystemWork work, ILogger<RunBacktestsJob> log)
    : PerOrganizationJob<int>(work, new OrganizationsWithQueuedBacktests(), new RunQueuedBacktests())
{
    protected override void Done(IReadOnlyList<int> runs, int organizations)
    {
        var finished = runs.Sum();
        if (organizations > 0)
            LogRan(log, finished, organizations);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backtests finished: {Finished} in {Organizations} organizations")]
    private static partial void LogRan(ILogger logger, int finished, int organizations);
}
