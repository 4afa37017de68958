using CleanPlatform.Application.Billing.CreditNotes.Common;
using CleanPlatform.Application.Billing.CreditNotes.GetCreditNote;
using CleanPlatform.Application.Billing.CreditNotes.ListCreditNotes;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>The credit notes the platform issued to your organization, correcting its invoices.</summary>
[Route("api/v{version:apiVersion}/billing/credit-notes"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class CreditNotesController(ISender sender) : ApiControllerBase
{
    /// <summary>Your organization's credit notes, newest first.</summary>
    /// <remarks>
    /// Admins only. A credit note (<c>CN-2026-000001</c>, from a gapless series per year) is final from its issue: it
    /// corrects one finalized invoice, first reducing what that invoice had due; what was already paid of it is
    /// refunded by bank transfer (<c>refundDue</c>).
    /// </remarks>
    /// <param name="invoiceId">Only the credit notes of this invoice.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">At most 200.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet]
    [ProducesResponseType<PagedList<CreditNoteSummaryDto>>(StatusCodes.Status200OK)]
    public async Task<PagedList<CreditNoteSummaryDto>> ListCreditNotes(Guid? invoiceId, int page = 1,
        int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await sender.Send(new ListCreditNotes(invoiceId, page, pageSize), ct);

    /// <summary>One of your organization's credit notes, with its lines, VAT and settlement.</summary>
    /// <remarks>Admins only. Another organization's credit note is a 404, as if it did not exist.</remarks>
    /// <param name="id">The credit note's id.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="404">No such credit note in your organization.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<CreditNoteDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<CreditNoteDto> GetCreditNote(Guid id, CancellationToken ct) =>
        await sender.Send(new GetCreditNote(id), ct);
}
