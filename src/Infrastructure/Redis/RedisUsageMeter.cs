using System.Collections.Concurrent;
using CleanPlatform.Infrastructure.Usage;
using StackExchange.Redis;

namespace CleanPlatform.Infrastructure.Redis;

/// <summary>
/// Counts requests in Redis, one key per organization and month, so a quota holds exactly across nodes: one
/// script checks and counts. A missing key starts from what this node knows (the database's total plus its own
/// unwritten counts) and lives until a week after its month. What this node admits is kept in its
/// <see cref="BufferedUsageMeter"/> too, which writes it to the database in batches as it does without Redis,
/// and which decides alone while Redis is unreachable. After each flush a key behind the database's total
/// (requests admitted during an outage, or Redis lost its data) is raised to it.
/// </summary>
internal sealed class RedisUsageMeter(BufferedUsageMeter local, RedisConnection connection, TimeProvider time)
    : IUsageMeter
{
    private static readonly TimeSpan KeptAfterItsMonth = TimeSpan.FromDays(7);
    private const long Unknown = -1;

    // ARGV: quota, the count to start from when the key is missing (or -1: ask), time to live in ms.
    private const string CountScript = """
        local used = tonumber(redis.call('GET', KEYS[1]))
        if used == nil then
          if tonumber(ARGV[2]) < 0 then return {-1, 0} end
          used = tonumber(ARGV[2])
          redis.call('SET', KEYS[1], used, 'PX', ARGV[3])
        end
        if used >= tonumber(ARGV[1]) then return {0, used} end
        return {1, redis.call('INCR', KEYS[1])}
        """;

    private const string RaiseScript = """
        local used = tonumber(redis.call('GET', KEYS[1]))
        if used ~= nil and used < tonumber(ARGV[1]) then redis.call('INCRBY', KEYS[1], tonumber(ARGV[1]) - used) end
        return used
        """;

    private const string ReadScript = "return redis.call('GET', KEYS[1])";

    private readonly ConcurrentDictionary<(Guid Organization, UsagePeriod Period), byte> _seen = new();

    public async ValueTask<UsageVerdict> CountAsync(Guid organizationId, long monthlyQuota, DateTimeOffset now,
        CancellationToken ct)
    {
        var period = UsagePeriod.Containing(now);
        _seen.TryAdd((organizationId, period), 0);
        var key = Key(organizationId, period);
        var timeToLive = (long)(period.End - now + KeptAfterItsMonth).TotalMilliseconds;
        var result = await connection.EvaluateAsync(CountScript, [key], [monthlyQuota, Unknown, timeToLive], ct);
        if (result is not null && (long)((RedisResult[])result!)[0] == Unknown)
        {
            var known = await local.UsedAsync(organizationId, now, ct);
            result = await connection.EvaluateAsync(CountScript, [key], [monthlyQuota, known, timeToLive], ct);
        }

        if (result is null)
            return await local.CountAsync(organizationId, monthlyQuota, now, ct);

        var values = (RedisResult[])result!;
        var allowed = (long)values[0] == 1;
        if (allowed)
            await local.CountAsync(organizationId, long.MaxValue, now, ct); // for the database, in the next batch
        return new UsageVerdict(allowed, (long)values[1], monthlyQuota, period.SecondsUntilEnd(now));
    }

    public async ValueTask<long> UsedAsync(Guid organizationId, DateTimeOffset now, CancellationToken ct)
    {
        var result = await connection.EvaluateAsync(ReadScript, [Key(organizationId, UsagePeriod.Containing(now))], [],
            ct);
        return result is { IsNull: false } ? (long)result : await local.UsedAsync(organizationId, now, ct);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        await local.FlushAsync(ct);
        var now = time.GetUtcNow();
        var current = UsagePeriod.Containing(now);
        foreach (var (organizationId, period) in _seen.Keys)
        {
            if (period != current)
            {
                _seen.TryRemove((organizationId, period), out _);
                continue;
            }

            var written = await local.UsedAsync(organizationId, now, ct);
            if (await connection.EvaluateAsync(RaiseScript, [Key(organizationId, period)], [written], ct) is null)
                return;
        }
    }

    internal static string Key(Guid organizationId, UsagePeriod period) => $"cp:usage:{organizationId:N}:{period.Key}";
}
