using CleanPlatform.Application.Identity.PurgeExpiredRegistrations;
using CleanPlatform.Infrastructure.Callers;
using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CleanPlatform.Infrastructure.Identity.Jobs;

/// <summary>Sign-ups belong to no organization: the purge of expired ones runs across organizations.</summary>
[DisallowConcurrentExecution]
public sealed partial class PurgeExpiredRegistrationsJob(SystemWork work, ILogger<PurgeExpiredRegistrationsJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var purged = await work.AcrossOrganizationsAsync(nameof(PurgeExpiredRegistrations), async (services, ct) =>
            await services.GetRequiredService<ISender>().Send(new PurgeExpiredRegistrations(), ct), cancellationToken);
        LogPurged(log, purged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired sign-ups")]
    private static partial void LogPurged(ILogger logger, int count);
}
