using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.CreditNotes;

namespace CleanPlatform.Application.Billing.CreditNotes.ListCreditNotes;

/// <summary>The caller's organization's credit notes, newest first; optionally those of one invoice.</summary>
[Authorize(Roles.Admin)]
public sealed record ListCreditNotes(Guid? InvoiceId = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<CreditNoteSummaryDto>>, IPagedQuery;

/// <summary>A credit note in a list: its number, the invoice it corrects, its total and how it was settled.</summary>
/// <param name="Id">The credit note's id.</param>
/// <param name="Number">Its number: <c>CN-2026-000001</c>.</param>
/// <param name="Kind">Full, Lines or Gross.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="InvoiceId">The invoice it corrects.</param>
/// <param name="InvoiceNumber">The number of the invoice it corrects.</param>
/// <param name="Currency">The invoice's currency, ISO 4217.</param>
/// <param name="Total">What is credited, VAT included.</param>
/// <param name="AppliedToInvoice">The part of the total that reduced what the invoice had due.</param>
/// <param name="RefundDue">The part of the total to be refunded by bank transfer.</param>
public sealed record CreditNoteSummaryDto(
    Guid Id, string Number, CreditNoteKind Kind, DateTimeOffset IssuedAt, Guid InvoiceId, string InvoiceNumber,
    string Currency, decimal Total, decimal AppliedToInvoice, decimal RefundDue);

public sealed class ListCreditNotesHandler(IBillingDb db) : IQueryHandler<ListCreditNotes, PagedList<CreditNoteSummaryDto>>
{
    public async ValueTask<PagedList<CreditNoteSummaryDto>> Handle(ListCreditNotes query, CancellationToken cancellationToken)
    {
        var notes = db.CreditNotes.AsNoTracking();
        if (query.InvoiceId is { } invoiceId)
            notes = notes.Where(c => c.InvoiceId == invoiceId);
        var page = await notes.OrderByDescending(c => c.IssuedAt).ThenByDescending(c => c.Id)
            .Select(c => new CreditNoteSummaryDto(c.Id, c.Number, c.Kind, c.IssuedAt, c.InvoiceId, c.InvoiceNumber,
                c.Currency, c.Total, c.AppliedToInvoice, c.RefundDue))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return page with
        {
            Items = [.. page.Items.Select(c => c with
            {
                Total = Amounts.Money(c.Total, c.Currency),
                AppliedToInvoice = Amounts.Money(c.AppliedToInvoice, c.Currency),
                RefundDue = Amounts.Money(c.RefundDue, c.Currency),
            })],
        };
    }
}

public sealed class ListCreditNotesValidator : AbstractValidator<ListCreditNotes>
{
    public ListCreditNotesValidator() => Include(new PagedQueryValidator());
}
