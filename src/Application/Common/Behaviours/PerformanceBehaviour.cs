using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Common.Behaviours;

public sealed class PerformanceOptions
{
    public int SlowRequestThresholdMs { get; set; } = 500;
}

public sealed partial class PerformanceBehaviour<TMessage, TResponse>(
    ILogger<PerformanceBehaviour<TMessage, TResponse>> log, IOptions<PerformanceOptions> options)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed.TotalMilliseconds > options.Value.SlowRequestThresholdMs)
            LogSlow(log, typeof(TMessage).Name, elapsed.TotalMilliseconds, options.Value.SlowRequestThresholdMs);
        return response;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Slow request {Request}: {ElapsedMs:0} ms (threshold {ThresholdMs} ms)")]
    private static partial void LogSlow(ILogger logger, string request, double elapsedMs, int thresholdMs);
}
