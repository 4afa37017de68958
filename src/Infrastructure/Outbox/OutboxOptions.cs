namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>The dispatcher's settings, under <c>Outbox:</c> (docs/operator-guide.md).</summary>
public sealed class OutboxOptions
{
    /// <summary>How often each node looks for events to deliver (wall clock).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Whether a node's dispatcher also runs as soon as one of its own transactions commits events, rather than only
    /// every <see cref="PollInterval"/>.
    /// </summary>
    public bool DispatchOnCommit { get; set; } = true;

    /// <summary>How many events a node claims at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claim holds: a node that dies mid-batch delays its events by this much.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The wait after a first failed delivery; it doubles with each further failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed deliveries an event is no longer tried (it stays, with its last error).</summary>
    public int MaxAttempts { get; set; } = 15;

    /// <summary>How long delivered events, and their handlers' marks, are kept before the daily purge deletes them.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    internal bool IsValid =>
        PollInterval > TimeSpan.Zero && Retention > TimeSpan.Zero && BatchSize > 0 && LeaseDuration > TimeSpan.Zero && RetryDelay > TimeSpan.Zero
        && MaxRetryDelay >= RetryDelay && MaxAttempts > 0;

    /// <summary>The wait after the <paramref name="failures"/>-th failed delivery: exponential, capped.</summary>
    internal TimeSpan DelayAfter(int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(RetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
    }
}
