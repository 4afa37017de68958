using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.QueueWebhookDeliveries;

/// <summary>Queues <see cref="WebhookEventTypes.SubscriptionTrialWillEnd"/> with the trialing subscription, three days before its trial ends, for the organization's endpoints that want it.</summary>
public sealed class TrialWillEndWebhook(IBillingDb db, WebhookOutbox queue) : IHandles<TrialEnding>
{
    public async Task HandleAsync(TrialEnding domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await queue.QueueAsync(WebhookEventTypes.SubscriptionTrialWillEnd, async token => SubscriptionDto.From(
            await db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == domainEvent.SubscriptionId, token)), ct);
    }
}
