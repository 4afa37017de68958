namespace CleanPlatform.Domain.Betting;

/// <summary>
/// One backtest a member asked for, replayed in the background when it is long: the rule (as the JSON it was asked
/// with), how many of its matches are replayed, and at the end the result (as JSON) or the error that stopped it. A
/// runner holds a running run by its <see cref="HeartbeatAt"/>: a run whose heartbeat is older than
/// <see cref="Lease"/> was abandoned (its process stopped) and is started again from its first match, at most
/// <see cref="MaxAttempts"/> times.
/// </summary>
public sealed class BacktestRun : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>
    /// Longest rule kept, in characters of JSON: above what any valid rule takes (50 competitions and 50 seasons at their
    /// longest, every character escaped), so only a bug reaches it.
    /// </summary>
    public const int RuleMaxLength = 65_536;

    /// <summary>Longest error kept.</summary>
    public const int ErrorMaxLength = 500;

    /// <summary>The most times a run is started before it is failed.</summary>
    public const int MaxAttempts = 3;

    /// <summary>How long a running run may go without a heartbeat before another runner takes it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private BacktestRun() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>The rule and filter, as JSON.</summary>
    public string Rule { get; private set; } = "";

    public BacktestRunStatus Status { get; private set; }

    /// <summary>The matches the filter selected when the run was asked for.</summary>
    public int MatchesTotal { get; private set; }

    /// <summary>The matches replayed so far.</summary>
    public int MatchesDone { get; private set; }

    /// <summary>How many times a runner started it.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>When its runner last reported progress.</summary>
    public DateTimeOffset? HeartbeatAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The result, as JSON, once <see cref="BacktestRunStatus.Completed"/>.</summary>
    public string? Result { get; private set; }

    /// <summary>Why it failed, once <see cref="BacktestRunStatus.Failed"/>.</summary>
    public string? Error { get; private set; }

    /// <summary>Whether it is over: completed or failed.</summary>
    public bool IsFinished => Status is BacktestRunStatus.Completed or BacktestRunStatus.Failed;

    /// <summary>A run of <paramref name="rule"/> over <paramref name="matches"/> matches, waiting for a runner.</summary>
    public static BacktestRun Queue(Guid organizationId, string rule, int matches, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rule.Length, RuleMaxLength);
        ArgumentOutOfRangeException.ThrowIfNegative(matches);
        return new BacktestRun
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Rule = rule,
            MatchesTotal = matches,
            Status = BacktestRunStatus.Queued,
            CreatedAt = now,
        };
    }

    /// <summary>Whether a runner may take it at <paramref name="now"/>: queued, or running without a heartbeat for longer than the lease.</summary>
    public bool IsClaimable(DateTimeOffset now) =>
        Status == BacktestRunStatus.Queued || (Status == BacktestRunStatus.Running && HeartbeatAt < now - Lease);

    /// <summary>A runner takes it and replays it from its first match.</summary>
    /// <exception cref="DomainException">It is not <see cref="IsClaimable"/>.</exception>
    public void Start(DateTimeOffset now)
    {
        if (!IsClaimable(now))
            throw new DomainException("backtest.not_claimable", "This backtest is running or finished.");
        (Status, Attempts, MatchesDone, HeartbeatAt) = (BacktestRunStatus.Running, Attempts + 1, 0, now);
        StartedAt ??= now;
    }

    /// <summary>Whether it was started <see cref="MaxAttempts"/> times already: another start is not tried.</summary>
    public bool AttemptsSpent => Attempts >= MaxAttempts;

    /// <summary>Records the matches replayed so far, and that its runner is alive.</summary>
    public void Progress(int matchesDone, DateTimeOffset now)
    {
        EnsureRunning();
        (MatchesDone, HeartbeatAt) = (Math.Clamp(matchesDone, 0, MatchesTotal), now);
    }

    /// <summary>Keeps the result: every match replayed.</summary>
    public void Complete(string result, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(result);
        EnsureRunning();
        (Status, Result, MatchesDone, HeartbeatAt, CompletedAt) = (BacktestRunStatus.Completed, result, MatchesTotal, now, now);
    }

    /// <summary>Stops it for good with <paramref name="error"/>.</summary>
    public void Fail(string error, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        if (IsFinished)
            throw new DomainException("backtest.finished", "This backtest is already finished.");
        var message = error.Length <= ErrorMaxLength ? error : error[..(ErrorMaxLength - 1)] + "…";
        (Status, Error, CompletedAt) = (BacktestRunStatus.Failed, message, now);
    }

    private void EnsureRunning()
    {
        if (Status != BacktestRunStatus.Running)
            throw new DomainException("backtest.not_running", "This backtest is not running.");
    }
}
