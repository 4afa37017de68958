namespace CleanPlatform.Domain.Billing.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending = 0,

    /// <summary>The receiver answered 2xx.</summary>
    Succeeded = 1,

    /// <summary>Every attempt failed, or the receiver is gone: only a manual replay posts it again.</summary>
    Failed = 2,
}
