using CleanPlatform.Application.Betting.Alerts.CheckAlerts;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>
/// Raises the alerts due now (<see cref="CheckAlerts"/>: kick-off reminders, settlement digests, line moves) in every
/// organization with work for it, one organization at a time, as the system caller.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class CheckAlertsJob(SystemWork work, ILogger<CheckAlertsJob> log)
    : PerOrganizationJob<AlertCheckDto>(work, new OrganizationsToAlert(), new CheckAlerts())
{
    protected override void Done(IReadOnlyList<AlertCheckDto> runs, int organizations)
    {
        var (kickOffs, digests, lineMoves) = (runs.Sum(c => c.KickOffs), runs.Sum(c => c.Digests), runs.Sum(c => c.LineMoves));
        LogChecked(log, kickOffs, digests, lineMoves, organizations);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Alerts raised: {KickOffs} kick-off reminders, {Digests} settlement digests, {LineMoves} line moves in {Organizations} organizations")]
    private static partial void LogChecked(ILogger logger, int kickOffs, int digests, int lineMoves, int organizations);
}
