using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.ResumeSubscription;

/// <summary>
/// Takes back a cancellation at the end of the period: the subscription renews again. <paramref name="Version"/> is
/// the version the caller read (409 if it changed since).
/// </summary>
[Authorize(Roles.Admin), Audited("Subscription")]
public sealed record ResumeSubscription(int Version) : ICommand<SubscriptionDto>;

public sealed class ResumeSubscriptionHandler(IBillingDb db, IOrganizationLocks locks, ICurrentUser user, AuditScope audit)
    : ICommandHandler<ResumeSubscription, SubscriptionDto>
{
    public async ValueTask<SubscriptionDto> Handle(ResumeSubscription command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var subscription = await db.LockedLiveSubscriptionAsync(locks, organizationId, command.Version, cancellationToken);
        subscription.Resume();
        await db.SaveChangesAsync(cancellationToken);
        audit.EntityId = subscription.Id.ToString();
        return SubscriptionDto.From(subscription);
    }
}
