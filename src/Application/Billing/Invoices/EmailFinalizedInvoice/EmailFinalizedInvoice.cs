using System.Globalization;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Documents;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Application.Billing.Invoices.EmailFinalizedInvoice;

/// <summary>
/// E-mails a finalized invoice's number, total and due date to the organization's billing address, with the link to
/// it and its PDF attached (the stored one, rendered now if <c>RenderInvoiceDocument</c> has not yet stored it; none
/// for an invoice that has no PDF). An e-mail that cannot be handed over is tried again by the outbox.
/// </summary>
public sealed class EmailFinalizedInvoice(IBillingDb db, IEmailSender email, IPublicLinks links, InvoicePdfs pdfs)
    : IHandles<InvoiceFinalized>
{
    public async Task HandleAsync(InvoiceFinalized domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == domainEvent.InvoiceId, ct);
        var customer = await db.BillingCustomers.AsNoTracking().SingleAsync(ct);
        var message = Message(invoice, customer, links.Link($"/billing/invoices/{invoice.Id}"));
        if (await pdfs.TryGetOrRenderAsync(invoice, ct) is { } pdf)
            message = message with { Attachments = [new EmailAttachment($"{invoice.Number}.pdf", "application/pdf", pdf.Content)] };
        await email.SendAsync(message, ct);
    }

    private static EmailMessage Message(Invoice invoice, BillingCustomer customer, Uri link)
    {
        var total = string.Create(CultureInfo.InvariantCulture, $"{invoice.Total:0.00##} {invoice.Currency}");
        var due = invoice.Status == InvoiceStatus.Paid
            ? "There is nothing to pay."
            : string.Create(CultureInfo.InvariantCulture, $"Please pay it by {invoice.DueAt:d MMMM yyyy} (UTC).");
        return new EmailMessage(customer.Email, $"Invoice {invoice.Number} from CleanPlatform",
            $"""
             Hello {customer.LegalName},

             Invoice {invoice.Number} of {total} is ready. {due}

             Read it at {link}
             """);
    }
}
