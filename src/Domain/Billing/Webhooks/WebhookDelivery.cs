namespace CleanPlatform.Domain.Billing.Webhooks;

/// <summary>
/// One event posted to one endpoint (billing.md §6): its body, kept as first written so every attempt posts the same
/// bytes (re-signed with a fresh timestamp each time), and its attempts. A 2xx answer within the timeout succeeds; after
/// the k-th failure the next attempt waits min(60 s × 2^(k−1), 6 h) ± 20 %, for <see cref="MaxAttempts"/> attempts in
/// all (about three days), then the delivery has failed. 410 Gone fails it at once. An admin may replay it, as one more
/// attempt, for <see cref="ReplayWindow"/>.
/// </summary>
public sealed class WebhookDelivery : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>The first attempt and 19 retries (billing.md §15).</summary>
    public const int MaxAttempts = 20;

    /// <summary>Longest error kept from an attempt.</summary>
    public const int ErrorMaxLength = 500;

    /// <summary>How long a delivery can be replayed by hand.</summary>
    public static readonly TimeSpan ReplayWindow = TimeSpan.FromDays(30);

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(6);

    private WebhookDelivery() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public Guid EndpointId { get; private set; }

    /// <summary>The event's id, the same in every delivery of it: receivers de-duplicate by it.</summary>
    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = "";

    /// <summary>The JSON body posted: <c>{id, type, created, data}</c>.</summary>
    public string Payload { get; private set; } = "";

    public WebhookDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the next attempt is due; null once it succeeded or failed.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    /// <summary>The HTTP status of the last answer, if there was one.</summary>
    public int? LastStatusCode { get; private set; }

    /// <summary>What went wrong in the last attempt, if anything.</summary>
    public string? LastError { get; private set; }

    public DateTimeOffset? SucceededAt { get; private set; }

    /// <summary>An event for <paramref name="endpoint"/>, due at once.</summary>
    public static WebhookDelivery Queue(WebhookEndpoint endpoint, Guid eventId, string eventType, string payload,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrEmpty(payload);
        return new WebhookDelivery
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = endpoint.OrganizationId,
            EndpointId = endpoint.Id,
            EventId = eventId,
            EventType = eventType,
            Payload = payload,
            Status = WebhookDeliveryStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }

    /// <summary>
    /// How long to wait after the <paramref name="failures"/>-th failure: min(60 s × 2^(k−1), 6 h), moved by
    /// <paramref name="jitter"/> (from −1 to 1) by up to 20 %.
    /// </summary>
    public static TimeSpan RetryDelay(int failures, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var wait = failures > 20 ? LongestWait : TimeSpan.FromTicks(Math.Min(FirstRetry.Ticks << (failures - 1), LongestWait.Ticks));
        return wait * (1 + (0.2 * Math.Clamp(jitter, -1, 1)));
    }

    /// <summary>
    /// Records an attempt that got <paramref name="statusCode"/> (null when no answer came, with
    /// <paramref name="error"/> saying why). Returns whether the receiver is gone (410), which ends the delivery and
    /// is for the caller to apply to the endpoint.
    /// </summary>
    /// <exception cref="DomainException"><c>webhook_delivery.not_pending</c>.</exception>
    public bool Attempted(int? statusCode, string? error, DateTimeOffset now, double jitter)
    {
        if (Status != WebhookDeliveryStatus.Pending)
            throw new DomainException("webhook_delivery.not_pending", $"The delivery has {Status}: it is not attempted again.");
        Attempts++;
        (LastAttemptAt, LastStatusCode) = (now, statusCode);
        LastError = error is { Length: > ErrorMaxLength } ? error[..ErrorMaxLength] : error;
        if (statusCode is >= 200 and < 300)
        {
            (Status, SucceededAt, NextAttemptAt, LastError) = (WebhookDeliveryStatus.Succeeded, now, null, null);
            return false;
        }

        var gone = statusCode == 410;
        if (gone || Attempts >= MaxAttempts)
            (Status, NextAttemptAt) = (WebhookDeliveryStatus.Failed, null);
        else
            NextAttemptAt = now + RetryDelay(Attempts, jitter);
        return gone;
    }

    /// <summary>Posts it again now, as one more attempt: a failed delivery gets one try, a pending one goes at once.</summary>
    /// <exception cref="DomainException">
    /// <c>webhook_delivery.succeeded</c> once it succeeded; <c>webhook_delivery.too_old</c> after <see cref="ReplayWindow"/>.
    /// </exception>
    public void Replay(DateTimeOffset now)
    {
        if (Status == WebhookDeliveryStatus.Succeeded)
            throw new DomainException("webhook_delivery.succeeded", "The receiver already took this delivery.");
        if (now - CreatedAt > ReplayWindow)
            throw new DomainException("webhook_delivery.too_old", "A delivery can be replayed for 30 days.");
        if (Status == WebhookDeliveryStatus.Failed)
            Attempts = Math.Min(Attempts, MaxAttempts - 1);
        (Status, NextAttemptAt) = (WebhookDeliveryStatus.Pending, now);
    }
}
