using CleanPlatform.Application.Billing.Webhooks.UpdateWebhookEndpoint;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>An endpoint as it should be from now on, at the version you read.</summary>
/// <param name="Url">Where events are posted: https (http only to the server's own machine).</param>
/// <param name="Description">What it is for; optional.</param>
/// <param name="EventTypes">The event types posted; empty or omitted for every type.</param>
/// <param name="Enabled">Whether events are posted; enabling clears the reason the platform disabled it.</param>
/// <param name="Version">The <c>version</c> you read: a change made since is a 409.</param>
public sealed record UpdateWebhookEndpointRequest(
    string Url, string? Description, IReadOnlyList<string>? EventTypes, bool Enabled, int Version)
{
    public UpdateWebhookEndpoint ToCommand(Guid id) => new(id, Url, Description, EventTypes, Enabled, Version);
}
