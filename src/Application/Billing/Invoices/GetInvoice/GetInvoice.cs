using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;

namespace CleanPlatform.Application.Billing.Invoices.GetInvoice;

/// <summary>One of the caller's organization's invoices, with its lines and the credit notes issued against it.</summary>
[Authorize(Roles.Admin)]
public sealed record GetInvoice(Guid Id) : IQuery<InvoiceDto>;

public sealed class GetInvoiceHandler(IBillingDb db) : IQueryHandler<GetInvoice, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(GetInvoice query, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Invoice", query.Id);
        var creditNotes = await db.CreditNotes.AsNoTracking().Where(c => c.InvoiceId == invoice.Id)
            .OrderBy(c => c.Number)
            .Select(c => new InvoiceCreditNoteDto(c.Id, c.Number, c.Total))
            .ToListAsync(cancellationToken);
        return InvoiceDto.From(invoice,
            [.. creditNotes.Select(c => c with { Total = Amounts.Money(c.Total, invoice.Currency) })]);
    }
}
