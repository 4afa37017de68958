using CleanPlatform.Application.Platform.PurgeIdempotencyRecords;
using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CleanPlatform.Infrastructure.Jobs;

[DisallowConcurrentExecution]
public sealed partial class PurgeIdempotencyRecordsJob(ISender sender, ILogger<PurgeIdempotencyRecordsJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var purged = await sender.Send(new PurgeIdempotencyRecords(), cancellationToken);
        LogPurged(log, purged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired idempotency records")]
    private static partial void LogPurged(ILogger logger, int count);
}
