using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;

namespace CleanPlatform.Application.Billing.Subscriptions.GetSubscription;

/// <summary>The caller's organization's latest subscription, ended or not; 404 if it never subscribed.</summary>
[Authorize]
public sealed record GetSubscription : IQuery<SubscriptionDto>;

public sealed class GetSubscriptionHandler(IBillingDb db, ICurrentUser user)
    : IQueryHandler<GetSubscription, SubscriptionDto>
{
    public async ValueTask<SubscriptionDto> Handle(GetSubscription query, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var subscription = await db.Subscriptions.AsNoTracking()
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Subscription", organizationId);
        return SubscriptionDto.From(subscription);
    }
}
