using CleanPlatform.Application.Betting.Alerts.CheckAlerts;
using Mediator;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>
/// Raises the alerts due now (<see cref="CheckAlerts"/>: kick-off reminders, settlement digests, line moves) in every
/// organization with work for it, one organization at a time, as the system caller.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class CheckAlertsJob(SystemWork work, ILogger<CheckAlertsJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        const string name = nameof(CheckAlerts);
        var organizations = await work.AcrossOrganizationsAsync(name, async (services, ct) =>
            await services.GetRequiredService<ISender>().Send(new OrganizationsToAlert(), ct), cancellationToken);
        var checks = new List<AlertCheckDto>();
        await work.ForEachOrganizationAsync(name, organizations, async (services, ct) =>
            checks.Add(await services.GetRequiredService<ISender>().Send(new CheckAlerts(), ct)), cancellationToken);
        var (kickOffs, digests, lineMoves) = (checks.Sum(c => c.KickOffs), checks.Sum(c => c.Digests), checks.Sum(c => c.LineMoves));
        LogChecked(log, kickOffs, digests, lineMoves, organizations.Count);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Alerts raised: {KickOffs} kick-off reminders, {Digests} settlement digests, {LineMoves} line moves in {Organizations} organizations")]
    private static partial void LogChecked(ILogger logger, int kickOffs, int digests, int lineMoves, int organizations);
}
