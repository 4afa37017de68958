using System.Globalization;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Application.Billing.Subscriptions.EmailSubscriptionEndedUnpaid;

/// <summary>
/// E-mails the organization's billing address that its subscription ended because dunning ran out (billing.md §9): the
/// invoices written off and still to pay, that the organization is back on the Free plan, and how to subscribe again.
/// </summary>
public sealed class EmailSubscriptionEndedUnpaid(IBillingDb db, IEmailSender email, IPublicLinks links)
    : IHandles<SubscriptionEndedUnpaid>
{
    public async Task HandleAsync(SubscriptionEndedUnpaid domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var subscription = await db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == domainEvent.SubscriptionId, ct);
        var customer = await db.BillingCustomers.AsNoTracking().SingleAsync(ct);
        var unpaid = await db.Invoices.AsNoTracking()
            .Where(i => i.Status == InvoiceStatus.Uncollectible && i.Total > i.AmountPaid)
            .OrderBy(i => i.IssuedAt).Select(i => new { i.Number, Due = i.Total - i.AmountPaid, i.Currency })
            .ToListAsync(ct);
        var invoices = string.Join(Environment.NewLine, unpaid.Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"- {i.Number}: {i.Due:0.00##} {i.Currency}")));
        await email.SendAsync(new EmailMessage(customer.Email, $"Your {subscription.PlanCode} subscription has ended",
            $"""
             Hello {customer.LegalName},

             We received no payment for the invoices below, so your {subscription.PlanCode} subscription ended and your
             organization is back on the Free plan. They are still due; a transfer with the invoice number as its
             reference settles each one.

             {invoices}

             Subscribe again at {links.Link("/billing/subscription")}
             """), ct);
    }
}
