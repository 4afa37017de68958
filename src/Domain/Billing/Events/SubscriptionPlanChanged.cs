namespace CleanPlatform.Domain.Billing.Events;

/// <summary>
/// Billing's published contract: the plan that sizes an organization's limits may have changed, because its
/// subscription started, changed plan, renewed onto a pending plan or ended. Raised in the change's transaction. The
/// event names no plan: events can arrive late or out of order, so a handler asks Billing which plan is in force now
/// (<c>GetPlanInForce</c>).
/// </summary>
/// <param name="OrganizationId">The subscriber.</param>
/// <param name="SubscriptionId">The subscription that changed.</param>
public sealed record SubscriptionPlanChanged(Guid OrganizationId, Guid SubscriptionId) : IOrganizationEvent
{
    /// <inheritdoc />
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>The subscription that changed.</summary>
    public Guid SubscriptionId { get; } = SubscriptionId;
}
