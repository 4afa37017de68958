using StackExchange.Redis;

namespace CleanPlatform.Infrastructure.Redis;

/// <summary>
/// Fixed windows in Redis: one key per window, counted and timed in one round trip. The first request opens
/// the window (the key expires with it); a key left without expiry by an interrupted call gets one.
/// </summary>
internal sealed class RedisRateCounter(RedisConnection connection) : ISharedRateCounter
{
    private const string Script = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        return {count, ttl}
        """;

    public async ValueTask<SharedRateCount?> CountAsync(string key, TimeSpan window, CancellationToken ct)
    {
        var result = await connection.EvaluateAsync(Script, [$"cp:rate:{key}"], [(long)window.TotalMilliseconds], ct);
        if (result is null)
            return null;
        var values = (RedisResult[])result!;
        return new SharedRateCount((long)values[0], TimeSpan.FromMilliseconds((long)values[1]));
    }
}
