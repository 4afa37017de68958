using CleanPlatform.Application.Platform.PurgeIdempotencyRecords;
using CleanPlatform.Infrastructure.Callers;
using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CleanPlatform.Infrastructure.Platform.Jobs;

/// <summary>Idempotency records belong to no organization: the purge runs across organizations.</summary>
[DisallowConcurrentExecution]
public sealed partial class PurgeIdempotencyRecordsJob(SystemWork work, ILogger<PurgeIdempotencyRecordsJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var purged = await work.AcrossOrganizationsAsync(nameof(PurgeIdempotencyRecords), async (services, ct) =>
            await services.GetRequiredService<ISender>().Send(new PurgeIdempotencyRecords(), ct), cancellationToken);
        LogPurged(log, purged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired idempotency records")]
    private static partial void LogPurged(ILogger logger, int count);
}
