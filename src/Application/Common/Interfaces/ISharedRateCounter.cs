namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// Request counts in fixed windows kept where every node sees them (Redis), so a per-minute limit holds across
/// nodes. Registered only when such a store is configured; without it each node counts for itself.
/// </summary>
public interface ISharedRateCounter
{
    /// <summary>
    /// Counts one request in the window of <paramref name="key"/> (opened by its first request and
    /// <paramref name="window"/> long). Returns the window's count, this request included, and the time until
    /// it closes; null when the store cannot be reached, so the caller counts on its own node instead.
    /// </summary>
    ValueTask<SharedRateCount?> CountAsync(string key, TimeSpan window, CancellationToken ct);
}

/// <summary>Requests counted in a window so far (the last one included) and the time until the window closes.</summary>
public sealed record SharedRateCount(long Count, TimeSpan ResetsIn);
