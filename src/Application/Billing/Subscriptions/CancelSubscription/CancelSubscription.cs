using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.CancelSubscription;

/// <summary>
/// Cancels the subscription (billing.md §9): at the end of the period (no renewal invoice; <c>ResumeSubscription</c>
/// takes it back until then) or now, with no refund. Once it has ended, the organization is on the free plan.
/// <paramref name="Version"/> is the version the caller read (409 if it changed since).
/// </summary>
[Authorize(Roles.Admin), Audited("Subscription")]
public sealed record CancelSubscription(bool AtPeriodEnd, int Version) : ICommand<SubscriptionDto>;

public sealed class CancelSubscriptionHandler(
    IBillingDb db, IOrganizationLocks locks, ICurrentUser user, AuditScope audit, TimeProvider time)
    : ICommandHandler<CancelSubscription, SubscriptionDto>
{
    public async ValueTask<SubscriptionDto> Handle(CancelSubscription command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var subscription = await db.LockedLiveSubscriptionAsync(locks, organizationId, command.Version, cancellationToken);
        if (command.AtPeriodEnd)
            subscription.CancelAtEndOfPeriod();
        else
            subscription.CancelNow(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        audit.EntityId = subscription.Id.ToString();
        return SubscriptionDto.From(subscription);
    }
}
