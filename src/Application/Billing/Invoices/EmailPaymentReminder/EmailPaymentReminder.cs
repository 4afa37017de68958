using System.Globalization;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Events;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Invoices.EmailPaymentReminder;

/// <summary>
/// E-mails a reminder of an overdue invoice to the organization's billing address: what is due, since when, how to
/// pay, and when the subscription ends if nothing arrives. Nothing is sent if the invoice was paid meanwhile.
/// </summary>
public sealed class EmailPaymentReminder(IBillingDb db, IEmailSender email, IPublicLinks links,
    IOptions<DunningOptions> dunning) : IHandles<InvoicePaymentReminded>
{
    public async Task HandleAsync(InvoicePaymentReminded domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == domainEvent.InvoiceId, ct);
        if (invoice.AmountDue == 0m)
            return;
        var customer = await db.BillingCustomers.AsNoTracking().SingleAsync(ct);
        var due = string.Create(CultureInfo.InvariantCulture, $"{invoice.AmountDue:0.00##} {invoice.Currency}");
        var dueOn = string.Create(CultureInfo.InvariantCulture, $"{invoice.DueAt:d MMMM yyyy}");
        var endsOn = string.Create(CultureInfo.InvariantCulture, $"{invoice.DueAt!.Value.AddDays(dunning.Value.FinalDay):d MMMM yyyy}");
        await email.SendAsync(new EmailMessage(customer.Email,
            $"Reminder {domainEvent.Reminder}: invoice {invoice.Number} is overdue",
            $"""
             Hello {customer.LegalName},

             Invoice {invoice.Number} was due on {dueOn} (UTC) and {due} is still to pay. Please transfer it with the
             reference {invoice.Number}. If it has not arrived by {endsOn}, the invoice is written off and your
             subscription ends.

             Read the invoice at {links.Link($"/billing/invoices/{invoice.Id}")}
             """), ct);
    }
}
