using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.Common;

/// <summary>
/// An endpoint the organization's events are posted to. <c>eventTypes</c> empty means every type. The secret is shown
/// only when it is made (at registration and rotation); <c>previousSecretExpiresAt</c> says until when the secret before
/// the last rotation still signs, beside the new one.
/// </summary>
public sealed record WebhookEndpointDto(
    Guid Id, string Url, string? Description, IReadOnlyList<string> EventTypes, bool Enabled, string? DisabledReason,
    DateTimeOffset CreatedAt, DateTimeOffset? PreviousSecretExpiresAt, int Version) : IHasId
{
    public static WebhookEndpointDto From(WebhookEndpoint endpoint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new(endpoint.Id, endpoint.Url, endpoint.Description, endpoint.EventTypes, endpoint.Enabled,
            endpoint.DisabledReason, endpoint.CreatedAt,
            endpoint.PreviousSecretExpiresAt > now ? endpoint.PreviousSecretExpiresAt : null, endpoint.Version);
    }
}

/// <summary>An endpoint with its signing secret, shown this once: keep it where the receiver verifies signatures.</summary>
public sealed record WebhookEndpointSecretDto(WebhookEndpointDto Endpoint, string Secret) : IHasId
{
    /// <inheritdoc />
    public Guid Id => Endpoint.Id;
}
