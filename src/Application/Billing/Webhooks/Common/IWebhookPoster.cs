namespace CleanPlatform.Application.Billing.Webhooks.Common;

/// <summary>Posts a signed event body to an endpoint, once: no retry, no redirect, only to public addresses.</summary>
public interface IWebhookPoster
{
    /// <summary>The receiver's answer, or why none came; never throws for the receiver's failures.</summary>
    Task<WebhookPostResult> PostAsync(Uri url, string body, string signature, CancellationToken ct);
}

/// <summary>The HTTP status the receiver answered, or null with the reason no answer came.</summary>
public sealed record WebhookPostResult(int? StatusCode, string? Error);
