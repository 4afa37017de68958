using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Customers.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Application.Billing.Invoices.FinalizeInvoice;

/// <summary>
/// Finalizes a draft (billing.md §2): the next gapless number of the year's <c>INV</c> series, taken in this
/// transaction; the buyer's billing details as they are now; the VAT in force now for them; due in
/// <see cref="FinalizeInvoiceHandler.PaymentTerm"/>. A zero total is paid at once. Sent by the platform's own work.
/// </summary>
[Authorize(Roles.Admin), Audited("Invoice")]
public sealed record FinalizeInvoice(Guid Id) : ICommand<InvoiceDto>, IHasId;

public sealed class FinalizeInvoiceHandler(
    IBillingDb db, IInvoiceNumbers numbers, CustomerVat vat, TimeProvider time)
    : ICommandHandler<FinalizeInvoice, InvoiceDto>
{
    /// <summary>How long a customer has to pay.</summary>
    public static readonly TimeSpan PaymentTerm = TimeSpan.FromDays(14);

    public async ValueTask<InvoiceDto> Handle(FinalizeInvoice command, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsTracking().SingleOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Invoice", command.Id);
        if (invoice.Status != InvoiceStatus.Draft)
            throw new ConflictException("invoice.not_draft", $"Invoice {invoice.Number} is already finalized.");
        var customer = await db.BillingCustomers.AsNoTracking()
            .SingleOrDefaultAsync(c => c.OrganizationId == invoice.OrganizationId, cancellationToken)
            ?? throw new ConflictException("billing_customer.missing",
                "The organization has no billing details yet: an invoice needs its buyer.");

        var now = time.GetUtcNow();
        var number = new InvoiceNumber(InvoiceNumber.Invoices, now.Year,
            await numbers.NextAsync(InvoiceNumber.Invoices, now.Year, cancellationToken));
        invoice.Finalize(number, new InvoiceBuyer(customer.LegalName, customer.Address, customer.VatNumber),
            vat.Of(customer), now, PaymentTerm);
        await db.SaveChangesAsync(cancellationToken);
        return InvoiceDto.From(invoice);
    }
}
