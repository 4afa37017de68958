using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Documents;

namespace CleanPlatform.Application.Billing.Invoices.GetInvoicePdf;

/// <summary>
/// The PDF of one of the caller's organization's finalized invoices, for any of its members: the stored one, or
/// rendered and stored now if its finalization's handler has not yet done it.
/// </summary>
[Authorize(Roles.Admin, Roles.Advisor, Roles.Member, Roles.Viewer)]
public sealed record GetInvoicePdf(Guid Id) : IQuery<InvoicePdfDto>;

public sealed class GetInvoicePdfHandler(IBillingDb db, InvoicePdfs pdfs) : IQueryHandler<GetInvoicePdf, InvoicePdfDto>
{
    /// <exception cref="NotFoundException">No such invoice in the caller's organization.</exception>
    /// <exception cref="ConflictException"><c>invoice.not_finalized</c> for a draft; see <see cref="InvoiceDocument.Of"/>.</exception>
    public async ValueTask<InvoicePdfDto> Handle(GetInvoicePdf query, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Invoice", query.Id);
        if (invoice.Number is null)
            throw new ConflictException("invoice.not_finalized", "A draft invoice has no PDF yet: it is made when the invoice is finalized.");
        var pdf = await pdfs.GetOrRenderAsync(invoice, cancellationToken);
        return new InvoicePdfDto(invoice.Number + ".pdf", pdf.Content, pdf.Sha256);
    }
}
