namespace CleanPlatform.Infrastructure.Betting.Alerts;

/// <summary>Posting alerts to members' webhooks, under <c>Alerts:Webhooks:</c> (docs/operator-guide.md).</summary>
public sealed class AlertWebhookOptions
{
    public const string Section = "Alerts:Webhooks";

    /// <summary>The longest one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest a post may take, its retries included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after a failed attempt (network error, timeout, 408, 429, 5xx); then the outbox retries later.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>The wait before the first retry; it doubles.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether webhooks may reach private, loopback and link-local addresses. Off by default: a member's URL could
    /// otherwise reach services on the server's own network. Turn it on only when every member is trusted, or for a
    /// receiver on the same machine.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    internal bool IsValid => AttemptTimeout > TimeSpan.Zero && TotalTimeout >= AttemptTimeout && MaxRetryAttempts is >= 0 and <= 5
        && RetryDelay >= TimeSpan.Zero;
}
