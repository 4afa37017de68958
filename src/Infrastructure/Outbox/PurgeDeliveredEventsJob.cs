using Quartz;

namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>Keeps the outbox small: once a day, delivered events past their retention go (<see cref="OutboxPurge"/>).</summary>
[DisallowConcurrentExecution]
internal sealed partial class PurgeDeliveredEventsJob(OutboxPurge purge, ILogger<PurgeDeliveredEventsJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var purged = await purge.PurgeAsync(cancellationToken);
        LogPurged(log, purged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} delivered outbox events")]
    private static partial void LogPurged(ILogger logger, int count);
}
