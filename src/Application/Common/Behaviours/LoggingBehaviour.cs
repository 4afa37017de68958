using System.Diagnostics;
using CleanPlatform.Application.Common.Metrics;
using Microsoft.Extensions.Logging;

namespace CleanPlatform.Application.Common.Behaviours;

public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> log)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        var started = Stopwatch.GetTimestamp();
        var succeeded = false;
        try
        {
            LogHandling(log, name);
            var response = await next(message, cancellationToken);
            succeeded = true;
            return response;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            PlatformMetrics.Handled(name, succeeded, elapsed);
            LogHandled(log, name, succeeded ? "succeeded" : "failed", elapsed.TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handling {Request}")]
    private static partial void LogHandling(ILogger logger, string request);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {Request}: {Outcome} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string request, string outcome, double elapsedMs);
}
