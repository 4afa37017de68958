using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;

namespace CleanPlatform.Application.Billing.Invoices.GetInvoice;

/// <summary>One of the caller's organization's invoices, with its lines.</summary>
[Authorize(Roles.Admin)]
public sealed record GetInvoice(Guid Id) : IQuery<InvoiceDto>;

public sealed class GetInvoiceHandler(IBillingDb db) : IQueryHandler<GetInvoice, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(GetInvoice query, CancellationToken cancellationToken) =>
        InvoiceDto.From(await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Invoice", query.Id));
}
