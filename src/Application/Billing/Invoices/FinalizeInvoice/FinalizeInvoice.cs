using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Application.Billing.Invoices.FinalizeInvoice;

/// <summary>
/// Finalizes a draft as <see cref="InvoiceIssuer"/> does: numbered, its buyer and VAT frozen, due in
/// <see cref="InvoiceIssuer.PaymentTerm"/>. Sent by the platform's own work.
/// </summary>
[Authorize(Roles.Admin), Audited("Invoice")]
public sealed record FinalizeInvoice(Guid Id) : ICommand<InvoiceDto>, IHasId;

public sealed class FinalizeInvoiceHandler(IBillingDb db, InvoiceIssuer issuer)
    : ICommandHandler<FinalizeInvoice, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(FinalizeInvoice command, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsTracking().SingleOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Invoice", command.Id);
        if (invoice.Status != InvoiceStatus.Draft)
            throw new ConflictException("invoice.not_draft", $"Invoice {invoice.Number} is already finalized.");
        await issuer.FinalizeAsync(invoice, cancellationToken);
        return InvoiceDto.From(invoice);
    }
}
