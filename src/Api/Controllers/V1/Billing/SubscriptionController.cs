using CleanPlatform.Api.Infrastructure.Idempotency;
using CleanPlatform.Application.Billing.Subscriptions.CancelSubscription;
using CleanPlatform.Application.Billing.Subscriptions.ChangePlan;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Application.Billing.Subscriptions.GetSubscription;
using CleanPlatform.Application.Billing.Subscriptions.PreviewPlanChange;
using CleanPlatform.Application.Billing.Subscriptions.ResumeSubscription;
using CleanPlatform.Application.Billing.Subscriptions.Subscribe;
using CleanPlatform.Domain.Billing.Subscriptions;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>
/// Your organization's subscription to one of the platform's plans: its period, plan changes with their proration, and
/// cancellation. Its plan sets your organization's rate limit and monthly quota.
/// </summary>
[Route("api/v{version:apiVersion}/billing/subscription"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class SubscriptionController(ISender sender) : ApiControllerBase
{
    /// <summary>Your organization's subscription: the live one, or the last one that ended.</summary>
    /// <remarks>Every member, Viewers included. Without a subscription your organization is on the free plan.</remarks>
    /// <response code="404">Your organization never subscribed.</response>
    [HttpGet]
    [ProducesResponseType<SubscriptionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<SubscriptionDto> GetSubscription(CancellationToken ct) => await sender.Send(new GetSubscription(), ct);

    /// <summary>Subscribes your organization to a plan.</summary>
    /// <remarks>
    /// Admins only, signed in or with a Write-scoped API key; audited. Save the billing details first: the price is
    /// the plan's current one in their currency, and periods are counted in their time zone. A first subscription starts
    /// with the plan's trial; otherwise it is active at once and its first period is invoiced. Your organization's limits
    /// follow the plan within seconds. Send an <c>Idempotency-Key</c> header: a retry with the same key and body returns
    /// the first answer.
    /// </remarks>
    /// <response code="201">Subscribed; <c>Location</c> is the subscription.</response>
    /// <response code="409">A subscription is live already, billing details are missing, or the <c>Idempotency-Key</c> was used with another body.</response>
    [HttpPost, Idempotent]
    [ProducesResponseType<SubscriptionDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<SubscriptionDto>> Subscribe(Subscribe body, CancellationToken ct)
    {
        var subscription = await sender.Send(body, ct);
        return CreatedAtAction(nameof(GetSubscription), new { version = "1" }, subscription);
    }

    /// <summary>What changing to a plan and interval would do now, before you confirm it.</summary>
    /// <remarks>
    /// Every member. An upgrade (a higher price per month) applies at once, crediting the unused time
    /// of the current price and charging the remaining time of the new one, each to the cent; monthly to yearly applies
    /// at once, crediting the unused month and charging a full year from now; a downgrade and yearly to monthly wait
    /// for the end of the period and bill nothing now. During a trial every change applies at once, free. The VAT is
    /// today's for your billing details.
    /// </remarks>
    /// <param name="planCode">The plan to change to.</param>
    /// <param name="interval">Monthly or Yearly.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="404">Your organization has no live subscription.</response>
    [HttpGet("preview")]
    [ProducesResponseType<PlanChangePreviewDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<PlanChangePreviewDto> PreviewPlanChange(string planCode, BillingInterval interval,
        CancellationToken ct) => await sender.Send(new PreviewPlanChange(planCode, interval), ct);

    /// <summary>Changes your subscription's plan or interval, as the preview showed.</summary>
    /// <remarks>
    /// Admins only; audited. Send the subscription's <c>version</c> you read: if it changed since, nothing is done
    /// (409). What applies at once is invoiced and finalized in the same step (<c>invoiceId</c>); a change that waits
    /// shows as <c>pendingChange</c>. Choosing the plan billed now drops a waiting change. Send an
    /// <c>Idempotency-Key</c> header: a retry with the same key and body returns the first answer and bills nothing twice.
    /// </remarks>
    /// <response code="404">Your organization has no live subscription.</response>
    /// <response code="409">The subscription changed since you read it, or the <c>Idempotency-Key</c> was used with another body.</response>
    [HttpPost("change"), Idempotent]
    [ProducesResponseType<PlanChangeDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<PlanChangeDto> ChangePlan(ChangePlan body, CancellationToken ct) => await sender.Send(body, ct);

    /// <summary>Cancels your subscription, at the end of the period or now.</summary>
    /// <remarks>
    /// Admins only; audited. At the end of the period: nothing more is invoiced, and resuming takes it back until then.
    /// Now: it ends at once, without a refund. Either way your organization returns to the free plan when it ends. Send
    /// the <c>version</c> you read (409 if it changed since).
    /// </remarks>
    /// <response code="404">Your organization has no live subscription.</response>
    /// <response code="409">The subscription changed since you read it.</response>
    [HttpPost("cancel")]
    [ProducesResponseType<SubscriptionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<SubscriptionDto> CancelSubscription(CancelSubscription body, CancellationToken ct) =>
        await sender.Send(body, ct);

    /// <summary>Takes back a cancellation at the end of the period.</summary>
    /// <remarks>Admins only; audited. Send the <c>version</c> you read (409 if it changed since).</remarks>
    /// <response code="404">Your organization has no live subscription.</response>
    /// <response code="409">The subscription changed since you read it.</response>
    [HttpPost("resume")]
    [ProducesResponseType<SubscriptionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<SubscriptionDto> ResumeSubscription(ResumeSubscription body, CancellationToken ct) =>
        await sender.Send(body, ct);
}
