using StackExchange.Redis;

namespace CleanPlatform.Infrastructure.Redis;

/// <summary>
/// The node's one connection to Redis, opened once and kept. A command while Redis is unreachable fails at
/// once instead of waiting in a queue, and <see cref="EvaluateAsync"/> answers null: the caller then counts
/// on this node. The first such failure is logged as a warning, and the return once, not every request.
/// </summary>
internal sealed partial class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer;
    private readonly ILogger<RedisConnection> _log;
    private int _unavailable;

    public RedisConnection(ConfigurationOptions options, ILogger<RedisConnection> log)
    {
        _log = log;
        // A node must start, and keep answering, while Redis is away: connect in the background, retry for
        // ever, and fail commands at once rather than hold requests until Redis is back.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        _multiplexer = new(() => ConnectionMultiplexer.ConnectAsync(options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<IConnectionMultiplexer> MultiplexerAsync(CancellationToken ct) =>
        await _multiplexer.Value.WaitAsync(ct);

    /// <summary>Runs a Lua script; null when Redis cannot be reached (and the outage is logged once).</summary>
    public async ValueTask<RedisResult?> EvaluateAsync(string script, RedisKey[] keys, RedisValue[] values,
        CancellationToken ct)
    {
        try
        {
            var multiplexer = await MultiplexerAsync(ct);
            if (!multiplexer.IsConnected)
            {
                Unavailable(null);
                return null;
            }

            var result = await multiplexer.GetDatabase().ScriptEvaluateAsync(script, keys, values).WaitAsync(ct);
            Available();
            return result;
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            Unavailable(ex);
            return null;
        }
    }

    public static bool IsOutage(Exception ex) => ex is RedisConnectionException or RedisTimeoutException;

    public void Unavailable(Exception? ex)
    {
        if (Interlocked.Exchange(ref _unavailable, 1) == 0)
            LogUnavailable(_log, ex);
    }

    public void Available()
    {
        if (Volatile.Read(ref _unavailable) == 1 && Interlocked.Exchange(ref _unavailable, 0) == 1)
            LogAvailable(_log);
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is { IsValueCreated: true, Value.IsCompletedSuccessfully: true })
            await (await _multiplexer.Value).DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: rate limits and quotas count on this node alone, and access changes reach other nodes only when their cache entries expire, until it answers again")]
    private static partial void LogUnavailable(ILogger logger, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers again: rate limits and quotas are shared by all nodes")]
    private static partial void LogAvailable(ILogger logger);
}
