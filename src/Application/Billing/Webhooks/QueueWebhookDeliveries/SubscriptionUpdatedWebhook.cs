using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.QueueWebhookDeliveries;

/// <summary>Queues <see cref="WebhookEventTypes.SubscriptionUpdated"/> with the subscription as it is now (started, changed, renewed onto a new plan or ended), for the organization's endpoints that want it.</summary>
public sealed class SubscriptionUpdatedWebhook(IBillingDb db, WebhookOutbox queue) : IHandles<SubscriptionPlanChanged>
{
    public async Task HandleAsync(SubscriptionPlanChanged domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await queue.QueueAsync(WebhookEventTypes.SubscriptionUpdated, async token => SubscriptionDto.From(
            await db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == domainEvent.SubscriptionId, token)), ct);
    }
}
