using CleanPlatform.Application.Betting.CollectOdds;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>
/// Collects odds (<see cref="CollectOdds"/>) for every organization with an Odds API key, one organization at a time,
/// as the system caller. It ticks every five minutes; each run asks the provider only for what
/// <see cref="OddsCollectionPlan"/> finds due, so an organization collecting every 60 minutes spends credits on odds
/// once an hour far from kick-off, and every 10 then 5 minutes close to it.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class CollectOddsJob(SystemWork work, ILogger<CollectOddsJob> log)
    : PerOrganizationJob<OddsCollectionRunDto>(work, new OrganizationsWithOddsApiKey(), new CollectOdds())
{
    protected override void Ran(OddsCollectionRunDto run)
    {
        if (run.Refusal is { } refusal)
            LogRefused(log, refusal.Title, refusal.Code);
    }

    protected override void Done(IReadOnlyList<OddsCollectionRunDto> runs, int organizations)
    {
        var (requests, snapshots, completed) =
            (runs.Sum(r => r.OddsRequests), runs.Sum(r => r.SnapshotsStored), runs.Sum(r => r.EventsCompleted));
        LogCollected(log, requests, snapshots, completed, organizations);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Odds collection refused: {Title} ({Code})")]
    private static partial void LogRefused(ILogger logger, string title, string code);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Odds collection made {Requests} odds requests, stored {Snapshots} prices and completed {Completed} events in {Organizations} organizations")]
    private static partial void LogCollected(ILogger logger, int requests, int snapshots, int completed, int organizations);
}
