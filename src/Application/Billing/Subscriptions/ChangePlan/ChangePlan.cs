using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.ChangePlan;

/// <summary>
/// Changes the subscription's plan or interval as <see cref="PreviewPlanChange.PreviewPlanChange"/> showed
/// (billing.md §3): an upgrade and monthly to yearly at once, their lines invoiced and finalized in the same
/// transaction; a downgrade and yearly to monthly at the end of the period. <paramref name="Version"/> is the
/// subscription's version the caller read: if it changed since, nothing is done (409).
/// </summary>
[Authorize(Roles.Admin), Audited("Subscription")]
public sealed record ChangePlan(string PlanCode, BillingInterval Interval, int Version) : ICommand<PlanChangeDto>;

/// <summary>The subscription after the change, when the change applies, and the invoice it issued at once, if any.</summary>
public sealed record PlanChangeDto(
    SubscriptionDto Subscription, PlanChangeTiming Timing, DateTimeOffset EffectiveAt, Guid? InvoiceId);

public sealed class ChangePlanHandler(
    IBillingDb db, IOrganizationLocks locks, ICurrentUser user, SubscriptionPrices prices, InvoiceIssuer invoices,
    AuditScope audit, TimeProvider time) : ICommandHandler<ChangePlan, PlanChangeDto>
{
    public async ValueTask<PlanChangeDto> Handle(ChangePlan command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var subscription = await db.LockedLiveSubscriptionAsync(locks, organizationId, command.Version, cancellationToken);
        var next = await prices.CurrentAsync(command.PlanCode, command.Interval, subscription.Currency, cancellationToken);
        var previous = subscription.Price;
        var outcome = subscription.ChangeTo(next, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        audit.EntityId = subscription.Id.ToString();

        var lines = SubscriptionLines.Change(previous, next, outcome, subscription.TimeZone);
        var invoice = lines.Count == 0
            ? null
            : await invoices.IssueAsync(organizationId, subscription.Currency, lines, cancellationToken);
        return new PlanChangeDto(SubscriptionDto.From(subscription), outcome.Timing, outcome.EffectiveAt, invoice?.Id);
    }
}
