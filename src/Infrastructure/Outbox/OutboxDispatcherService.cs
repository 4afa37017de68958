using Microsoft.Extensions.Hosting;

namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>
/// Runs dispatch passes every <c>Outbox:PollInterval</c> on the wall clock, and as soon as this node commits events
/// (<see cref="OutboxWakeUp"/>), each until no full batch is left. Every node runs one; their claims keep them off each
/// other's rows.
/// </summary>
internal sealed partial class OutboxDispatcherService(OutboxDispatcher dispatcher, OutboxWakeUp wakeUp,
    IOptions<OutboxOptions> options, ILogger<OutboxDispatcherService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await wakeUp.WaitAsync(options.Value.PollInterval, stoppingToken);
                await DrainAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: rows claimed and not yet delivered are claimed again once their lease ends.
        }
    }

    private async Task DrainAsync(CancellationToken ct)
    {
        try
        {
            while (await dispatcher.DispatchAsync(ct) == options.Value.BatchSize)
            {
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // The database may be away for a while; the next tick tries again.
            LogPassFailed(log, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox dispatch pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
