namespace CleanPlatform.Domain.Billing.Events;

/// <summary>
/// Billing's published contract: dunning ran out (billing.md §9) and the subscription ended for an unpaid invoice.
/// Raised in the dunning run's transaction, beside <see cref="SubscriptionPlanChanged"/>.
/// </summary>
/// <param name="OrganizationId">The subscriber.</param>
/// <param name="SubscriptionId">The subscription that ended.</param>
public sealed record SubscriptionEndedUnpaid(Guid OrganizationId, Guid SubscriptionId) : IOrganizationEvent
{
    /// <inheritdoc />
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>The subscription that ended.</summary>
    public Guid SubscriptionId { get; } = SubscriptionId;
}
