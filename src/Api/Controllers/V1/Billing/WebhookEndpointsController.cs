using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Application.Billing.Webhooks.CreateWebhookEndpoint;
using CleanPlatform.Application.Billing.Webhooks.DeleteWebhookEndpoint;
using CleanPlatform.Application.Billing.Webhooks.ListWebhookDeliveries;
using CleanPlatform.Application.Billing.Webhooks.ListWebhookEndpoints;
using CleanPlatform.Application.Billing.Webhooks.ReplayWebhookDelivery;
using CleanPlatform.Application.Billing.Webhooks.RotateWebhookSecret;
using CleanPlatform.Domain.Billing.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>
/// URLs your organization's billing events are posted to: <c>invoice.finalized</c>, <c>invoice.paid</c>,
/// <c>invoice.payment_reminded</c>, <c>subscription.updated</c>, <c>subscription.trial_will_end</c> and
/// <c>subscription.ended_unpaid</c>. Each post is JSON <c>{id, type, created, data}</c> signed in the
/// <c>CleanPlatform-Signature</c> header as <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "{t}.{body}"&gt;</c> with
/// the endpoint's secret; verify it over the raw body, reject a <c>t</c> more than 300 s away, and de-duplicate by
/// <c>id</c>. Answer 2xx within 10 s; otherwise the post is retried after 1 minute, doubling up to 6 hours, ±20 %, for
/// 20 attempts (about three days). Answering 410 Gone disables the endpoint. Loopback, private and link-local addresses
/// are refused when posting.
/// </summary>
[Route("api/v{version:apiVersion}/billing/webhook-endpoints"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class WebhookEndpointsController(ISender sender) : ApiControllerBase
{
    /// <summary>Your organization's endpoints, oldest first.</summary>
    /// <remarks>Admins only. Secrets are never listed: they are shown once, when made.</remarks>
    [HttpGet]
    [ProducesResponseType<WebhookEndpointListDto>(StatusCodes.Status200OK)]
    public async Task<WebhookEndpointListDto> ListWebhookEndpoints(CancellationToken ct) =>
        await sender.Send(new ListWebhookEndpoints(), ct);

    /// <summary>Registers an endpoint and makes its signing secret.</summary>
    /// <remarks>
    /// Admins only, signed in (not with an API key); audited. The response carries the secret (<c>whsec_…</c>) this once:
    /// keep it where the receiver verifies signatures. At most 16 endpoints per organization.
    /// </remarks>
    /// <response code="201">Registered; the body holds the secret.</response>
    /// <response code="409">Your organization has 16 endpoints already.</response>
    [HttpPost]
    [ProducesResponseType<WebhookEndpointSecretDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<WebhookEndpointSecretDto>> CreateWebhookEndpoint(CreateWebhookEndpoint body,
        CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await sender.Send(body, ct));

    /// <summary>Changes an endpoint's URL, description, event types, or turns it on or off.</summary>
    /// <remarks>Admins only, signed in; audited. The secret stays as it is.</remarks>
    /// <param name="id">The endpoint's id.</param>
    /// <param name="body">The endpoint as it should be, with the version you read.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="404">No such endpoint in your organization.</response>
    /// <response code="409">It changed since you read it.</response>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<WebhookEndpointDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<WebhookEndpointDto> UpdateWebhookEndpoint(Guid id, UpdateWebhookEndpointRequest body,
        CancellationToken ct) =>
        await sender.Send(body.ToCommand(id), ct);

    /// <summary>Deletes an endpoint and its delivery log.</summary>
    /// <remarks>Admins only; audited. Deliveries not yet made are dropped.</remarks>
    /// <param name="id">The endpoint's id.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="404">No such endpoint in your organization.</response>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> DeleteWebhookEndpoint(Guid id, CancellationToken ct)
    {
        await sender.Send(new DeleteWebhookEndpoint(id), ct);
        return NoContent();
    }

    /// <summary>Makes a new signing secret for an endpoint; the previous one still signs for 24 hours.</summary>
    /// <remarks>
    /// Admins only, signed in; audited. During the 24 hours each post carries two <c>v1</c> values, one per secret, so
    /// the receiver can switch to the new secret at any time in between. The response carries the new secret this once.
    /// </remarks>
    /// <param name="id">The endpoint's id.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="404">No such endpoint in your organization.</response>
    [HttpPost("{id:guid}/rotate-secret")]
    [ProducesResponseType<WebhookEndpointSecretDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<WebhookEndpointSecretDto> RotateWebhookSecret(Guid id, CancellationToken ct) =>
        await sender.Send(new RotateWebhookSecret(id), ct);

    /// <summary>An endpoint's delivery log, newest first.</summary>
    /// <remarks>Admins only. Each event posted, its attempts, and the last answer or error.</remarks>
    /// <param name="id">The endpoint's id.</param>
    /// <param name="status">Only deliveries in this status: Pending, Succeeded or Failed.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">At most 200.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="404">No such endpoint in your organization.</response>
    [HttpGet("{id:guid}/deliveries")]
    [ProducesResponseType<PagedList<WebhookDeliveryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedList<WebhookDeliveryDto>> ListWebhookDeliveries(Guid id, WebhookDeliveryStatus? status,
        int page = 1, int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await sender.Send(new ListWebhookDeliveries(id, status, page, pageSize), ct);

    /// <summary>Posts a delivery again within seconds.</summary>
    /// <remarks>
    /// Admins only; audited. A failed delivery gets one more attempt, a pending one its next attempt now; the body and
    /// its event id are the same, signed afresh. Possible for 30 days; a delivery that succeeded is not posted again.
    /// </remarks>
    /// <param name="deliveryId">The delivery's id.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="202">It will be posted within seconds.</response>
    /// <response code="404">No such delivery in your organization.</response>
    /// <response code="422">It succeeded already, or is older than 30 days.</response>
    [HttpPost("deliveries/{deliveryId:guid}/replay")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> ReplayWebhookDelivery(Guid deliveryId, CancellationToken ct)
    {
        await sender.Send(new ReplayWebhookDelivery(deliveryId), ct);
        return Accepted();
    }
}
