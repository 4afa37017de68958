using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.GetPlanInForce;

/// <summary>
/// Billing's published query: the plan whose limits apply to the caller's organization now, the plan of its subscription
/// while that has not ended (trialing and past due included); null without one, when the platform's free plan applies.
/// </summary>
[Authorize]
public sealed record GetPlanInForce : IQuery<PlanInForceDto>;

/// <summary>The plan in force, or null for the platform's free plan.</summary>
public sealed record PlanInForceDto(string? PlanCode);

public sealed class GetPlanInForceHandler(IBillingDb db) : IQueryHandler<GetPlanInForce, PlanInForceDto>
{
    public async ValueTask<PlanInForceDto> Handle(GetPlanInForce query, CancellationToken cancellationToken) =>
        new(await db.Subscriptions.AsNoTracking().Where(Subscription.IsLive)
            .Select(s => s.PlanCode).SingleOrDefaultAsync(cancellationToken));
}
