using CleanPlatform.Application.Identity.PurgeEndedInvitations;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Identity.Jobs;

/// <summary>
/// Finds the organizations with invitations past their keeping time, across organizations, then purges
/// them inside each organization, so each purge is audited in that organization's trail only.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class PurgeEndedInvitationsJob(SystemWork work, ILogger<PurgeEndedInvitationsJob> log)
    : PerOrganizationJob<int>(work, new OrganizationsWithEndedInvitations(), new PurgeEndedInvitations())
{
    protected override void Done(IReadOnlyList<int> runs, int organizations)
    {
        var purged = runs.Sum();
        LogPurged(log, purged, organizations);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} ended invitations of {Organizations} organizations")]
    private static partial void LogPurged(ILogger logger, int count, int organizations);
}
