using CleanPlatform.Application.Betting.Opportunities.AgentScope;
using CleanPlatform.Application.Betting.Opportunities.RunAgents;
using Mediator;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>
/// Scans for opportunities (<see cref="RunAgents"/>) in every organization with upcoming events or unjudged
/// opportunities, one organization at a time, as the system caller.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RunAgentsJob(SystemWork work, ILogger<RunAgentsJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        const string name = nameof(RunAgents);
        var organizations = await work.AcrossOrganizationsAsync(name, async (services, ct) =>
            await services.GetRequiredService<ISender>().Send(new OrganizationsToScan(), ct), cancellationToken);
        var runs = new List<AgentRunDto>();
        await work.ForEachOrganizationAsync(name, organizations, async (services, ct) =>
            runs.Add(await services.GetRequiredService<ISender>().Send(new RunAgents(), ct)), cancellationToken);
        var (raised, updated, closed) = (runs.Sum(r => r.Raised), runs.Sum(r => r.Updated), runs.Sum(r => r.Closed));
        LogScanned(log, raised, updated, closed, organizations.Count);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Agents raised {Raised}, updated {Updated} and closed {Closed} opportunities in {Organizations} organizations")]
    private static partial void LogScanned(ILogger logger, int raised, int updated, int closed, int organizations);
}
