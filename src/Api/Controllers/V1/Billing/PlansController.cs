using CleanPlatform.Application.Billing.Catalogue.Common;
using CleanPlatform.Application.Billing.Catalogue.ListPlanPrices;
using CleanPlatform.Application.Billing.Catalogue.ListPlans;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>The plans the platform sells, their limits and their prices, and the price history of each.</summary>
[Route("api/v{version:apiVersion}/billing/plans")]
public sealed class PlansController(ISender sender) : ApiControllerBase
{
    /// <summary>The plans on sale with their limits and current prices.</summary>
    /// <remarks>
    /// Public: no credentials needed (the pricing page reads it), rate-limited like every anonymous request. Plans come
    /// cheapest first. Each has its current price per interval (Monthly, Yearly) and currency, VAT excluded; a price
    /// never changes in place: a new one is a new revision, and what was sold keeps its own. <c>currencies</c> lists
    /// every currency any plan has a price in.
    /// </remarks>
    /// <param name="currency">Only the prices in this ISO 4217 currency, e.g. <c>EUR</c>.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet, AllowAnonymous]
    [ProducesResponseType<PlanCatalogueDto>(StatusCodes.Status200OK)]
    public async Task<PlanCatalogueDto> ListPlans(string? currency, CancellationToken ct) =>
        await sender.Send(new ListPlans(currency), ct);

    /// <summary>Every price revision of a plan, retired ones included.</summary>
    /// <remarks>Platform administrator only. By currency, then interval, newest revision first.</remarks>
    /// <param name="code">The plan's code, e.g. <c>Pro</c>.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="404">No plan has this code.</response>
    [HttpGet("{code}/prices"), Authorize]
    [ProducesResponseType<PlanPriceHistoryDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PlanPriceHistoryDto> ListPlanPrices(string code, CancellationToken ct) =>
        await sender.Send(new ListPlanPrices(code), ct);

    /// <summary>Publishes a plan's next price in one interval and currency.</summary>
    /// <remarks>
    /// Platform administrator only; audited. The current revision is retired and the new one applies from now to new
    /// charges; invoices and subscriptions already made keep the revision they point at. Send the <c>revision</c> you
    /// read (0 for a currency or interval the plan has no price in yet): if another price was published since,
    /// nothing is written (409). A free plan may cost 0; a price cannot be negative or repeat the current one (422).
    /// </remarks>
    /// <param name="code">The plan's code, e.g. <c>Pro</c>.</param>
    /// <param name="body">The new price and the revision it replaces.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="404">No plan has this code.</response>
    /// <response code="409">Another price was published since you read the revision.</response>
    /// <response code="422">The price is the current one already.</response>
    [HttpPost("{code}/prices"), Authorize]
    [ProducesResponseType<PlanPriceDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ActionResult<PlanPriceDto>> PublishPlanPrice(string code, PublishPlanPriceRequest body,
        CancellationToken ct)
    {
        var price = await sender.Send(body.ToCommand(code), ct);
        return CreatedAtAction(nameof(ListPlanPrices), new { code, version = "1" }, price);
    }
}
