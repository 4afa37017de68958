namespace CleanPlatform.Infrastructure.Identity;

/// <summary>Configuration section <c>AccessState</c>: how long a node trusts what it read of a caller's access.</summary>
public sealed class AccessStateOptions
{
    /// <summary>
    /// Seconds an entry lives. A change made on this node applies at once; without a backplane
    /// (Redis) another node applies it within this many seconds.
    /// </summary>
    public int CacheSeconds { get; set; } = 5;

    /// <summary>Most entries (users and API keys) kept at once.</summary>
    public long MaxEntries { get; set; } = 100_000;
}
