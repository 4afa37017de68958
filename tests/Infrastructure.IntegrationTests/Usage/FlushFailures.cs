using CleanPlatform.Infrastructure.Usage;
using Microsoft.Extensions.Logging;

namespace CleanPlatform.Infrastructure.IntegrationTests.Usage;

/// <summary>A meter's logger that counts the warnings it writes (each one a batch it will retry).</summary>
internal sealed class FlushFailures : ILogger<BufferedUsageMeter>
{
    private int _count;

    public int Count => _count;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Warning)
            Interlocked.Increment(ref _count);
    }
}
