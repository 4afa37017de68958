using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.Subscribe;

/// <summary>
/// Subscribes the caller's organization to a plan at its current price in the customer's currency, counted in the
/// customer's time zone. A first subscription starts with the plan's trial; without a trial (or after an earlier
/// subscription) it is active at once and its first period is invoiced. The organization's limits follow the plan.
/// </summary>
[Authorize(Roles.Admin), Audited("Subscription")]
public sealed record Subscribe(string PlanCode, BillingInterval Interval) : ICommand<SubscriptionDto>;

public sealed class SubscribeHandler(
    IBillingDb db, IOrganizationLocks locks, ICurrentUser user, SubscriptionPrices prices, InvoiceIssuer invoices,
    AuditScope audit, TimeProvider time) : ICommandHandler<Subscribe, SubscriptionDto>
{
    public async ValueTask<SubscriptionDto> Handle(Subscribe command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        // Two subscribe requests at once: the second waits for the first to commit, then finds its subscription.
        await locks.AcquireAsync(nameof(Subscription), organizationId, cancellationToken);
        if (await db.LiveSubscriptionAsync(organizationId, cancellationToken) is { } live)
            throw new ConflictException("subscription.exists",
                $"The organization is already subscribed to {live.PlanCode}: change its plan instead.");
        var customer = await db.BillingCustomers.AsNoTracking()
            .SingleOrDefaultAsync(c => c.OrganizationId == organizationId, cancellationToken)
            ?? throw new ConflictException("billing_customer.missing",
                "Save the organization's billing details first: they set the currency, time zone and VAT.");
        var price = await prices.CurrentAsync(command.PlanCode, command.Interval, customer.Currency, cancellationToken);
        var subscribedBefore = await db.Subscriptions.AnyAsync(cancellationToken);
        var trialDays = subscribedBefore ? 0 : await db.BillingPlans.Where(p => p.Id == price.PlanId)
            .Select(p => p.TrialDays).SingleAsync(cancellationToken);

        var subscription = Subscription.Start(organizationId, price, trialDays, customer.TimeZone, time.GetUtcNow());
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        if (subscription.Status == SubscriptionStatus.Active)
            await invoices.IssueAsync(organizationId, price.Amount.Currency,
                [SubscriptionLines.Period(price, subscription.CurrentPeriod, subscription.TimeZone)], cancellationToken);
        audit.EntityId = subscription.Id.ToString();
        return SubscriptionDto.From(subscription);
    }
}
