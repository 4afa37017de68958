using System.Globalization;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.EmailTrialEnding;

/// <summary>
/// E-mails the organization's billing address that its trial ends soon (billing.md §9, <c>trial_will_end</c>): when,
/// what is billed from then on, and how to cancel before. Nothing is sent if the trial ended or was cancelled meanwhile.
/// </summary>
public sealed class EmailTrialEnding(IBillingDb db, IEmailSender email, IPublicLinks links) : IHandles<TrialEnding>
{
    public async Task HandleAsync(TrialEnding domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var subscription = await db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == domainEvent.SubscriptionId, ct);
        if (subscription is not { Status: SubscriptionStatus.Trialing, TrialEndsAt: { } endsAt } || subscription.CancelAtPeriodEnd)
            return;
        var customer = await db.BillingCustomers.AsNoTracking().SingleAsync(ct);
        var zone = SubscriptionLines.Zone(subscription.TimeZone);
        var on = string.Create(CultureInfo.InvariantCulture, $"{TimeZoneInfo.ConvertTime(endsAt, zone):d MMMM yyyy, HH:mm} ({zone.Id})");
        var price = string.Create(CultureInfo.InvariantCulture,
            $"{subscription.Amount:0.00##} {subscription.Currency} a {(subscription.Interval == BillingInterval.Yearly ? "year" : "month")}");
        await email.SendAsync(new EmailMessage(customer.Email, $"Your {subscription.PlanCode} trial ends on {on}",
            $"""
             Hello {customer.LegalName},

             Your trial of the {subscription.PlanCode} plan ends on {on}. From then on it is billed at {price}
             (before VAT), and the first invoice follows. To stay on the Free plan instead, cancel before then.

             Manage your subscription at {links.Link("/billing/subscription")}
             """), ct);
    }
}
