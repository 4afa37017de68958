namespace CleanPlatform.Domain.Billing.Events;

/// <summary>
/// Billing's published contract: a subscription's trial ends within <see cref="Subscriptions.Subscription.TrialWarning"/>
/// (billing.md §9, <c>trial_will_end</c>). Raised once per trial, in the renewal run's transaction.
/// </summary>
/// <param name="OrganizationId">The subscriber.</param>
/// <param name="SubscriptionId">The trialing subscription.</param>
public sealed record TrialEnding(Guid OrganizationId, Guid SubscriptionId) : IOrganizationEvent
{
    /// <inheritdoc />
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>The trialing subscription.</summary>
    public Guid SubscriptionId { get; } = SubscriptionId;
}
