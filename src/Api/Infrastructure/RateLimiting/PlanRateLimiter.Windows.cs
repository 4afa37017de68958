using System.Threading.RateLimiting;

namespace CleanPlatform.Api.Infrastructure.RateLimiting;

// The fixed windows in this node's memory: one per key, and when each opened.
internal sealed partial class PlanRateLimiter
{
    private RateLimitPartition<string> Partition(HttpContext context)
    {
        var (key, limit) = KeyOf(context);
        if (key is null)
            return RateLimitPartition.GetNoLimiter("unlimited");
        return RateLimitPartition.GetFixedWindowLimiter(key, k =>
        {
            ForgetIdleWindows();
            _windowStarts[k] = _time.GetUtcNow();
            return new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            };
        });
    }

    // The limiter drops idle partitions itself; drop their start times too, or every address ever seen stays.
    private void ForgetIdleWindows()
    {
        if (_windowStarts.Count < WindowStartsToKeep)
            return;
        var idleSince = _time.GetUtcNow() - (2 * Window);
        foreach (var (key, start) in _windowStarts)
        {
            if (start < idleSince)
                _windowStarts.TryRemove(key, out _);
        }
    }

    private long SecondsUntilReset(string key)
    {
        if (!_windowStarts.TryGetValue(key, out var start))
            return (long)Window.TotalSeconds;
        var elapsed = (_time.GetUtcNow() - start).Ticks % Window.Ticks;
        return WholeSeconds(TimeSpan.FromTicks(Window.Ticks - elapsed));
    }
}
