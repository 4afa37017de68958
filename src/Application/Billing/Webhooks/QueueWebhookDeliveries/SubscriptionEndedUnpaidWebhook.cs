using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.QueueWebhookDeliveries;

/// <summary>Queues <see cref="WebhookEventTypes.SubscriptionEndedUnpaid"/> with the subscription that dunning ended, for the organization's endpoints that want it.</summary>
public sealed class SubscriptionEndedUnpaidWebhook(IBillingDb db, WebhookOutbox queue) : IHandles<SubscriptionEndedUnpaid>
{
    public async Task HandleAsync(SubscriptionEndedUnpaid domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await queue.QueueAsync(WebhookEventTypes.SubscriptionEndedUnpaid, async token => SubscriptionDto.From(
            await db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == domainEvent.SubscriptionId, token)), ct);
    }
}
