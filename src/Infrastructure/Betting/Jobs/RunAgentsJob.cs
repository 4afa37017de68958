using CleanPlatform.Application.Betting.Opportunities.AgentScope;
using CleanPlatform.Application.Betting.Opportunities.RunAgents;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>
/// Scans for opportunities (<see cref="RunAgents"/>) in every organization with upcoming events or unjudged
/// opportunities, one organization at a time, as the system caller.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RunAgentsJob(SystemWork work, ILogger<RunAgentsJob> log)
    : PerOrganizationJob<AgentRunDto>(work, new OrganizationsToScan(), new RunAgents())
{
    protected override void Done(IReadOnlyList<AgentRunDto> runs, int organizations)
    {
        var (raised, updated, closed) = (runs.Sum(r => r.Raised), runs.Sum(r => r.Updated), runs.Sum(r => r.Closed));
        LogScanned(log, raised, updated, closed, organizations);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Agents raised {Raised}, updated {Updated} and closed {Closed} opportunities in {Organizations} organizations")]
    private static partial void LogScanned(ILogger logger, int raised, int updated, int closed, int organizations);
}
