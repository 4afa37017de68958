using CleanPlatform.Api.Infrastructure.Idempotency;
using CleanPlatform.Application.Billing.Credits.Common;
using CleanPlatform.Application.Billing.Credits.GetCreditWallet;
using CleanPlatform.Application.Billing.Credits.GrantCredits;
using CleanPlatform.Application.Billing.Credits.ListCreditGrants;
using CleanPlatform.Application.Billing.Credits.ListCreditLedger;
using CleanPlatform.Application.Billing.Credits.TransferCredits;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>
/// Your organization's prepaid credits: grants, each in one currency and with its own expiry, that pay your invoices
/// after VAT when they are finalized, the soonest to expire first.
/// </summary>
[Route("api/v{version:apiVersion}/billing/credits"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class CreditsController(ISender sender) : ApiControllerBase
{
    /// <summary>What your organization's credits hold now, per currency.</summary>
    /// <remarks>
    /// Admins only. Only live grants count: those with credits left and not expired (a grant never pays from its
    /// <c>expiresAt</c> on, even before the hourly expiry job writes it off). <c>nextExpiryAt</c> is when the first of
    /// them expires and <c>expiringNext</c> what would be lost then.
    /// </remarks>
    /// <param name="ct">Cancellation.</param>
    [HttpGet]
    [ProducesResponseType<CreditWalletDto>(StatusCodes.Status200OK)]
    public async Task<CreditWalletDto> GetCreditWallet(CancellationToken ct) => await sender.Send(new GetCreditWallet(), ct);

    /// <summary>Your organization's credit grants, newest first.</summary>
    /// <remarks>Admins only.</remarks>
    /// <param name="liveOnly">Only the grants that still hold credits and have not expired.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">At most 200.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet("grants")]
    [ProducesResponseType<PagedList<CreditGrantDto>>(StatusCodes.Status200OK)]
    public async Task<PagedList<CreditGrantDto>> ListCreditGrants(bool liveOnly = false, int page = 1,
        int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await sender.Send(new ListCreditGrants(liveOnly, page, pageSize), ct);

    /// <summary>Your organization's credit ledger, newest first: every grant, use, restore, expiry and transfer.</summary>
    /// <remarks>
    /// Admins only. The ledger is append-only: an entry never changes. <c>amount</c> is signed (below 0 when credits
    /// were taken away) and <c>remainingAfter</c>, what the grant held afterwards, is never below 0.
    /// </remarks>
    /// <param name="grantId">Only the entries of this grant.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">At most 200.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet("ledger")]
    [ProducesResponseType<PagedList<CreditLedgerEntryDto>>(StatusCodes.Status200OK)]
    public async Task<PagedList<CreditLedgerEntryDto>> ListCreditLedger(Guid? grantId, int page = 1,
        int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await sender.Send(new ListCreditLedger(grantId, page, pageSize), ct);

    /// <summary>Grants prepaid credits to an organization.</summary>
    /// <remarks>
    /// The platform administrator only; audited in the platform's trail and in the organization's. The organization
    /// needs billing details. The credits pay its invoices in their currency from the next finalization on. The
    /// <c>Idempotency-Key</c> header is required: a retry with the same key and body returns the first grant and grants
    /// nothing twice.
    /// </remarks>
    /// <param name="body">Whom to credit, how much, until when and why.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="201">Granted.</response>
    /// <response code="409">
    /// <c>billing_customer.missing</c>: the organization has no billing details; or the <c>Idempotency-Key</c> was used
    /// with another body, or its first request still runs.
    /// </response>
    [HttpPost("grants"), Idempotent(required: true)]
    [ProducesResponseType<CreditGrantDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<CreditGrantDto>> GrantCredits(GrantCredits body, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await sender.Send(body, ct));

    /// <summary>Moves prepaid credits from one organization to another.</summary>
    /// <remarks>
    /// The platform administrator only; audited in both organizations' trails. The sender's live credits in the
    /// amount's currency are taken in the order they would pay an invoice; each grant used becomes one of the
    /// receiver's, with the same expiry. The whole amount moves or nothing does. The <c>Idempotency-Key</c> header is
    /// required.
    /// </remarks>
    /// <param name="body">From whom, to whom, how much and why.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="201">Moved: the receiver's new grants.</response>
    /// <response code="409">
    /// <c>credit.insufficient</c>: the sender's live credits in that currency hold less; <c>credit.transfer_too_fragmented</c>:
    /// the amount would take from more than 100 grants (move less at a time); <c>billing_customer.missing</c>:
    /// the receiver has no billing details; or the <c>Idempotency-Key</c> was used with another body, or its first
    /// request still runs.
    /// </response>
    [HttpPost("transfers"), Idempotent(required: true)]
    [ProducesResponseType<CreditTransferDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<CreditTransferDto>> TransferCredits(TransferCredits body, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await sender.Send(body, ct));
}
