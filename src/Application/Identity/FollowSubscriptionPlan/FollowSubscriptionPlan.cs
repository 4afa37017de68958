using CleanPlatform.Application.Billing.Subscriptions.GetPlanInForce;
using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Domain.Billing.Events;

namespace CleanPlatform.Application.Identity.FollowSubscriptionPlan;

/// <summary>
/// Puts the organization on the plan Billing says is in force (the free plan without a subscription) and drops every
/// node's cached access of its members, so the new rate limit and quota apply from their next request. Asking rather
/// than reading the plan off the event makes a late or repeated event harmless.
/// </summary>
public sealed class FollowSubscriptionPlan(ISender sender, IIdentityDb db, AccessChanges access)
    : IHandles<SubscriptionPlanChanged>
{
    public async Task HandleAsync(SubscriptionPlanChanged domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var code = (await sender.Send(new GetPlanInForce(), ct)).PlanCode ?? Plan.Free;
        var organization = await db.Organizations.AsTracking().SingleAsync(o => o.Id == domainEvent.OrganizationId, ct);
        if (organization.PlanCode == code)
            return;
        if (!await db.Plans.AnyAsync(p => p.Code == code, ct))
            throw new InvalidOperationException(
                $"The plan '{code}' has no limits: add Plans:{code} to the configuration, then the event is retried.");
        organization.ChangePlan(code);
        await db.SaveChangesAsync(ct);
        access.OrganizationChanged(organization.Id);
    }
}
