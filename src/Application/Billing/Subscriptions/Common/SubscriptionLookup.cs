using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.Common;

internal static class SubscriptionLookup
{
    /// <summary>The organization's subscription that has not ended, tracked, or null.</summary>
    public static Task<Subscription?> LiveSubscriptionAsync(this IBillingDb db, Guid organizationId, CancellationToken ct) =>
        db.Subscriptions.AsTracking()
            .SingleOrDefaultAsync(s => s.OrganizationId == organizationId && s.Status != SubscriptionStatus.Canceled, ct);

    /// <summary>The live subscription at the version the caller read.</summary>
    /// <exception cref="NotFoundException">Without a live subscription.</exception>
    /// <exception cref="ConflictException"><c>subscription.version_mismatch</c> when it changed since.</exception>
    public static async Task<Subscription> LiveSubscriptionAsync(this IBillingDb db, Guid organizationId, int version,
        CancellationToken ct)
    {
        var subscription = await db.LiveSubscriptionAsync(organizationId, ct)
            ?? throw new NotFoundException("Subscription", organizationId);
        if (subscription.Version != version)
            throw new ConflictException("subscription.version_mismatch",
                $"The subscription is at version {subscription.Version}, not {version}: it changed since you read it; reload and try again.");
        return subscription;
    }
}
