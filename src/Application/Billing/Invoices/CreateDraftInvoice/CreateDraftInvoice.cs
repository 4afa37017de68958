using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Application.Billing.Invoices.CreateDraftInvoice;

/// <summary>
/// Opens a draft invoice for the caller's organization with its lines (renewals, prorations, one-off charges). Sent by
/// the platform's own work, not by an endpoint: a customer does not write its invoices.
/// </summary>
[Authorize(Roles.Admin), Audited("Invoice")]
public sealed record CreateDraftInvoice(string Currency, IReadOnlyList<DraftLine> Lines) : ICommand<InvoiceDto>;

/// <summary>What a line sells, how many, at what unit price (up to 6 decimals; negative for a discount).</summary>
public sealed record DraftLine(string Description, decimal Quantity, decimal UnitPrice);

public sealed class CreateDraftInvoiceHandler(IBillingDb db, ICurrentUser user, TimeProvider time)
    : ICommandHandler<CreateDraftInvoice, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(CreateDraftInvoice command, CancellationToken cancellationToken)
    {
        var invoice = Invoice.Draft(user.RequireOrganizationId(), command.Currency, time.GetUtcNow());
        foreach (var line in command.Lines)
            invoice.AddLine(line.Description, line.Quantity, line.UnitPrice);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        return InvoiceDto.From(invoice);
    }
}
