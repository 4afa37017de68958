using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;

namespace CleanPlatform.Api.Infrastructure.RateLimiting;

/// <summary>
/// The global limiter: a one-minute fixed window per API key, else per user, else per client address,
/// sized by the caller's plan. Anonymous endpoints (log-in, registration, refresh, invitations) always
/// count per client address, whatever credentials ride along, so a login flood cannot hide behind keys.
/// It remembers when each window opened so responses can say when it resets. With a shared counter (Redis)
/// the windows are counted there, exactly across nodes, and in this node's memory only while it is unreachable.
/// </summary>
internal sealed partial class PlanRateLimiter : IDisposable
{
    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int WindowStartsToKeep = 10_000;
    private static readonly object PartitionItem = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _windowStarts = new(StringComparer.Ordinal);
    private readonly IOptionsMonitor<PlanOptions> _plans;
    private readonly IConfiguration _configuration;
    private readonly TimeProvider _time;

    public PlanRateLimiter(IOptionsMonitor<PlanOptions> plans, IConfiguration configuration, TimeProvider time,
        ISharedRateCounter? shared = null)
    {
        _plans = plans;
        _configuration = configuration;
        _time = time;
        var local = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
        Limiter = shared is null ? local : new SharedPlanLimiter(shared, local, KeyOf);
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>The caller's limit and what is left of it, or null for requests the limiter ignores.</summary>
    public (int Limit, int Remaining, long ResetSeconds)? StatusOf(HttpContext context)
    {
        var (key, limit) = KeyOf(context);
        if (key is not null && SharedPlanLimiter.CountOf(context) is { } shared)
            return (limit, (int)Math.Max(0, limit - shared.Count), WholeSeconds(shared.ResetsIn));
        if (key is null || Limiter.GetStatistics(context) is not { } stats)
            return null;
        return (limit, (int)stats.CurrentAvailablePermits, SecondsUntilReset(key));
    }

    public long SecondsUntilReset(HttpContext context) =>
        SharedPlanLimiter.CountOf(context) is { } shared ? WholeSeconds(shared.ResetsIn)
        : KeyOf(context).Key is { } key ? SecondsUntilReset(key) : 0;

    public void Dispose() => Limiter.Dispose();

    private static long WholeSeconds(TimeSpan left) => Math.Max(1, (long)Math.Ceiling(left.TotalSeconds));

    public static void WriteHeaders(HttpResponse response, int limit, int remaining, long resetSeconds)
    {
        response.Headers["RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Reset"] = resetSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
