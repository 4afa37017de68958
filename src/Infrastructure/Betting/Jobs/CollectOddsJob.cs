using CleanPlatform.Application.Betting.CollectOdds;
using Mediator;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>
/// Collects odds (<see cref="CollectOdds"/>) for every organization with an Odds API key, one organization at a time,
/// as the system caller. It ticks every five minutes; each run asks the provider only for what
/// <see cref="OddsCollectionPlan"/> finds due, so an organization collecting every 60 minutes spends credits on odds
/// once an hour far from kick-off, and every 10 then 5 minutes close to it.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class CollectOddsJob(SystemWork work, ILogger<CollectOddsJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        const string name = nameof(CollectOdds);
        var organizations = await work.AcrossOrganizationsAsync(name, async (services, ct) =>
            await services.GetRequiredService<ISender>().Send(new OrganizationsWithOddsApiKey(), ct), cancellationToken);
        var runs = new List<OddsCollectionRunDto>();
        await work.ForEachOrganizationAsync(name, organizations, async (services, ct) =>
        {
            var run = await services.GetRequiredService<ISender>().Send(new CollectOdds(), ct);
            if (run.Refusal is { } refusal)
                LogRefused(log, refusal.Title, refusal.Code);
            runs.Add(run);
        }, cancellationToken);
        var (requests, snapshots, completed) =
            (runs.Sum(r => r.OddsRequests), runs.Sum(r => r.SnapshotsStored), runs.Sum(r => r.EventsCompleted));
        LogCollected(log, requests, snapshots, completed, organizations.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Odds collection refused: {Title} ({Code})")]
    private static partial void LogRefused(ILogger logger, string title, string code);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Odds collection made {Requests} odds requests, stored {Snapshots} prices and completed {Completed} events in {Organizations} organizations")]
    private static partial void LogCollected(ILogger logger, int requests, int snapshots, int completed, int organizations);
}
