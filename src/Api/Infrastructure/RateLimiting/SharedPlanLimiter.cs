using System.Threading.RateLimiting;

namespace CleanPlatform.Api.Infrastructure.RateLimiting;

/// <summary>
/// The plan limiter when nodes share their windows: each counted request is one round trip to the shared
/// counter, whose answer (count and time left) stays on the request for the RateLimit-* headers. While the
/// counter cannot be reached, this node's own limiter counts instead.
/// </summary>
internal sealed class SharedPlanLimiter(ISharedRateCounter counter, PartitionedRateLimiter<HttpContext> local,
    Func<HttpContext, (string? Key, int Limit)> keyOf) : PartitionedRateLimiter<HttpContext>
{
    private static readonly object CountItem = new();

    /// <summary>What the shared counter said about this request, if it was asked and answered.</summary>
    public static SharedRateCount? CountOf(HttpContext context) =>
        context.Items.TryGetValue(CountItem, out var count) ? count as SharedRateCount : null;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) =>
        CountOf(resource) is { } count
            ? new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, keyOf(resource).Limit - count.Count) }
            : local.GetStatistics(resource);

    // Counting takes a round trip, so the synchronous attempt counts nothing and says no: the middleware then
    // asks asynchronously.
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        keyOf(resource).Key is null ? local.AttemptAcquire(resource, permitCount) : SharedLease.NotYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount,
        CancellationToken cancellationToken)
    {
        var (key, limit) = keyOf(resource);
        if (key is null
            || await counter.CountAsync(key, PlanRateLimiter.Window, cancellationToken) is not { } count)
            return await local.AcquireAsync(resource, permitCount, cancellationToken);

        resource.Items[CountItem] = count;
        return count.Count <= limit ? SharedLease.Acquired : SharedLease.Refused(count.ResetsIn);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            local.Dispose();
        base.Dispose(disposing);
    }

    private sealed class SharedLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly SharedLease Acquired = new(true, null);
        public static readonly SharedLease NotYet = new(false, null);

        public static SharedLease Refused(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames =>
            retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
