namespace CleanPlatform.Application.Billing.Webhooks.Common;

/// <summary>How outgoing webhooks are posted, from configuration section <c>Billing:Webhooks</c>.</summary>
public sealed class WebhookDeliveryOptions
{
    public const string Section = "Billing:Webhooks";

    /// <summary>How long a receiver has to answer 2xx (billing.md §6: 10 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many due deliveries one run of the delivery job posts.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How many posts are in flight at once.</summary>
    public int Parallelism { get; set; } = 8;

    /// <summary>
    /// Lets endpoints resolve to loopback, private and link-local addresses. Off by default: an organization's URL must
    /// not reach inside the operator's network. Turn it on only where every organization is trusted (tests, one team).
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    public bool IsValid => Timeout > TimeSpan.Zero && Timeout <= TimeSpan.FromMinutes(1) && BatchSize is > 0 and <= 1000
        && Parallelism is > 0 and <= 64;
}
