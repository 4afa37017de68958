using CleanPlatform.Api.Infrastructure.Idempotency;
using CleanPlatform.Application.Billing.CreditNotes.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Invoices.GetInvoice;
using CleanPlatform.Application.Billing.Invoices.GetInvoicePdf;
using CleanPlatform.Application.Billing.Invoices.ListInvoices;
using CleanPlatform.Application.Billing.Payments.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>The invoices the platform made out to your organization.</summary>
[Route("api/v{version:apiVersion}/billing/invoices"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class InvoicesController(ISender sender) : ApiControllerBase
{
    /// <summary>Your organization's invoices, newest first.</summary>
    /// <remarks>
    /// Admins only. Drafts have no number yet. A finalized invoice's number (<c>INV-2026-000123</c>) comes from a gapless
    /// series per year; its content never changes afterwards, only its status and what was paid.
    /// </remarks>
    /// <param name="status">Only invoices in this status: Draft, Open, Paid, Void or Uncollectible.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">At most 200.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet]
    [ProducesResponseType<PagedList<InvoiceSummaryDto>>(StatusCodes.Status200OK)]
    public async Task<PagedList<InvoiceSummaryDto>> ListInvoices(InvoiceStatus? status, int page = 1,
        int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await sender.Send(new ListInvoices(status, page, pageSize), ct);

    /// <summary>One of your organization's invoices, with its lines, buyer and VAT.</summary>
    /// <remarks>Admins only. Another organization's invoice is a 404, as if it did not exist.</remarks>
    /// <param name="id">The invoice's id.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="404">No such invoice in your organization.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<InvoiceDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<InvoiceDto> GetInvoice(Guid id, CancellationToken ct) => await sender.Send(new GetInvoice(id), ct);

    /// <summary>The PDF of one of your organization's finalized invoices, as stored when it was finalized.</summary>
    /// <remarks>
    /// Every member of the organization (Viewer and up). The PDF carries every mention of billing.md §11 and never
    /// changes: it is downloaded as <c>INV-2026-000123.pdf</c>, with its SHA-256 in <c>Repr-Digest</c> (RFC 9530,
    /// <c>sha-256=:base64:</c>) and, in hex, as the <c>ETag</c>. Another organization's invoice is a 404, as if it did
    /// not exist; a draft has no PDF yet (409 <c>invoice.not_finalized</c>), and neither has an invoice in a currency
    /// other than the seller's national one (409 <c>invoice.exchange_rate_missing</c>: its VAT would also have to be
    /// stated in that currency).
    /// </remarks>
    /// <param name="id">The invoice's id.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="200">The PDF.</response>
    /// <response code="404">No such invoice in your organization.</response>
    /// <response code="409">The invoice is a draft, or has no PDF.</response>
    [HttpGet("{id:guid}/pdf")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/pdf")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<FileContentResult> GetInvoicePdf(Guid id, CancellationToken ct)
    {
        var pdf = await sender.Send(new GetInvoicePdf(id), ct);
        Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(pdf.Sha256))}:";
        return File(pdf.Content, "application/pdf", pdf.FileName,
            lastModified: null, new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{pdf.Sha256}\""));
    }

    /// <summary>Records a bank transfer received for an invoice of any organization.</summary>
    /// <remarks>
    /// The platform administrator only, reconciling the operator's bank account; audited in the platform's trail and in
    /// the invoice's organization's. The amount counts towards the invoice at once: the invoice is paid when nothing is
    /// left due, and a past-due subscription with no other overdue invoice is active again. The
    /// <c>Idempotency-Key</c> header is required: a retry with the same key and body returns the first answer and
    /// records nothing twice.
    /// </remarks>
    /// <param name="id">The invoice's id.</param>
    /// <param name="body">What arrived, with its reference and value date.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="201">Recorded.</response>
    /// <response code="404">No such invoice.</response>
    /// <response code="409">The <c>Idempotency-Key</c> was used with another body, or its first request still runs.</response>
    /// <response code="422">The invoice takes no payment (a draft, paid or void one), or the amount is more than is due.</response>
    [HttpPost("{id:guid}/payments"), Idempotent(required: true)]
    [ProducesResponseType<PaymentDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ActionResult<PaymentDto>> RecordBankTransfer(Guid id, RecordBankTransferRequest body,
        CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await sender.Send(body.ToCommand(id), ct));

    /// <summary>Issues a credit note against a finalized invoice of any organization.</summary>
    /// <remarks>
    /// The platform administrator only; audited in the platform's trail and in the invoice's organization's. The
    /// invoice must be open, paid or uncollectible. The credit note is numbered from the year's gapless <c>CN</c> series,
    /// cites the invoice's number and issue date, and bears the invoice's VAT, computed once per rate over its own lines.
    /// Its total first reduces what the invoice still has due (<c>appliedToInvoice</c>): an invoice left with nothing due
    /// is paid, or void when it was credited in full with nothing paid (its number is kept). What was already paid goes
    /// back first to the prepaid credits that paid it, the last grant used first (<c>restoredToCredits</c>); the rest is to
    /// be refunded by bank transfer (<c>refundDue</c>). The credit notes of an invoice never total more than the invoice.
    /// The <c>Idempotency-Key</c> header is required: a retry with the same key and body returns the first credit note
    /// and issues nothing twice.
    /// </remarks>
    /// <param name="id">The invoice's id.</param>
    /// <param name="body">What to credit, and why.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="201">Issued.</response>
    /// <response code="404">No such invoice.</response>
    /// <response code="409">
    /// <c>credit_note.exceeds_invoice</c>: the invoice's credit notes would total more than the invoice;
    /// <c>credit_note.too_many</c>: the invoice has its 100 credit notes already; or the
    /// <c>Idempotency-Key</c> was used with another body, or its first request still runs.
    /// </response>
    /// <response code="422">The invoice takes no credit note (a draft or void one), or a line or amount breaks a rule.</response>
    [HttpPost("{id:guid}/credit-notes"), Idempotent(required: true)]
    [ProducesResponseType<CreditNoteDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ActionResult<CreditNoteDto>> IssueCreditNote(Guid id, IssueCreditNoteRequest body,
        CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await sender.Send(body.ToCommand(id), ct));
}
