using CleanPlatform.Application.Identity.PurgeEndedInvitations;
using Mediator;
using Quartz;

namespace CleanPlatform.Infrastructure.Identity.Jobs;

/// <summary>
/// Finds the organizations with invitations past their keeping time, across organizations, then purges
/// them inside each organization, so each purge is audited in that organization's trail only.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class PurgeEndedInvitationsJob(SystemWork work, ILogger<PurgeEndedInvitationsJob> log) : IJob
{
    private const string Name = nameof(PurgeEndedInvitations);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var organizations = await work.AcrossOrganizationsAsync(Name, async (services, ct) =>
            await services.GetRequiredService<ISender>().Send(new OrganizationsWithEndedInvitations(), ct),
            cancellationToken);
        var purged = 0;
        await work.ForEachOrganizationAsync(Name, organizations, async (services, ct) =>
            purged += await services.GetRequiredService<ISender>().Send(new PurgeEndedInvitations(), ct),
            cancellationToken);
        LogPurged(log, purged, organizations.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} ended invitations of {Organizations} organizations")]
    private static partial void LogPurged(ILogger logger, int count, int organizations);
}
