using CleanPlatform.Application.Billing.Customers.Common;
using CleanPlatform.Application.Billing.Customers.GetBillingCustomer;
using CleanPlatform.Application.Billing.Customers.SaveBillingCustomer;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>Your organization as a customer: who is invoiced, where, and how VAT applies to it.</summary>
[Route("api/v{version:apiVersion}/billing/customer"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class BillingCustomerController(ISender sender) : ApiControllerBase
{
    /// <summary>Your organization's billing details and how VAT applies to it today.</summary>
    /// <remarks>
    /// Admins only. <c>vat</c> applies billing.md §4 with the operator's country: the case (1 domestic consumer, 2
    /// domestic business, 3 consumer or unverified business in another member state, 4 reverse charge, 5 outside the
    /// EU VAT territory), the rate in percent and the invoice mention. Only a VAT number VIES found valid earns the
    /// reverse charge; until then (<c>Unchecked</c>, <c>Pending</c>) a business abroad is taxed like a consumer.
    /// </remarks>
    /// <response code="404">No billing details were saved yet.</response>
    [HttpGet]
    [ProducesResponseType<BillingCustomerDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<BillingCustomerDto> GetBillingCustomer(CancellationToken ct) =>
        await sender.Send(new GetBillingCustomer(), ct);

    /// <summary>Saves your organization's billing details.</summary>
    /// <remarks>
    /// Admins only, signed in or with a Write-scoped API key; audited. Send the <c>version</c> you read (0 for the
    /// first save): if the details changed since, nothing is written (409). The VAT number is normalised (spaces, dots
    /// and dashes removed, upper case) and checked by format and checksum at once; its prefix must be the address's
    /// country (<c>EL</c> for Greece). A new number is <c>Unchecked</c> until VIES answers. Each new billing country is
    /// kept as evidence.
    /// </remarks>
    /// <response code="409">The details changed since you read them.</response>
    [HttpPut]
    [ProducesResponseType<BillingCustomerDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<BillingCustomerDto> SaveBillingCustomer(SaveBillingCustomer body, CancellationToken ct) =>
        await sender.Send(body, ct);
}
