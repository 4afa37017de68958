using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.Common;

internal static class SubscriptionLookup
{
    /// <summary>The organization's subscription that has not ended, tracked, or null.</summary>
    public static Task<Subscription?> LiveSubscriptionAsync(this IBillingDb db, Guid organizationId, CancellationToken ct) =>
        db.Subscriptions.AsTracking().Where(Subscription.IsLive)
            .SingleOrDefaultAsync(s => s.OrganizationId == organizationId, ct);

    /// <summary>
    /// Takes the organization's subscription lock (a change, a cancellation and a renewal never work on one period at
    /// once), then reads its live subscription, tracked, at the version the caller read.
    /// </summary>
    /// <exception cref="NotFoundException">Without a live subscription.</exception>
    /// <exception cref="ConflictException"><c>subscription.version_mismatch</c> when it changed since.</exception>
    public static async Task<Subscription> LockedLiveSubscriptionAsync(this IBillingDb db, IOrganizationLocks locks,
        Guid organizationId, int version, CancellationToken ct)
    {
        await locks.AcquireAsync(nameof(Subscription), organizationId, ct);
        var subscription = await db.LiveSubscriptionAsync(organizationId, ct)
            ?? throw new NotFoundException("Subscription", organizationId);
        if (subscription.Version != version)
            throw new ConflictException("subscription.version_mismatch",
                $"The subscription is at version {subscription.Version}, not {version}: it changed since you read it; reload and try again.");
        return subscription;
    }
}
