using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.QueueWebhookDeliveries;

/// <summary>Queues <see cref="WebhookEventTypes.InvoicePaymentReminded"/> with the overdue invoice its buyer was reminded of, for the organization's endpoints that want it.</summary>
public sealed class InvoicePaymentRemindedWebhook(IBillingDb db, WebhookOutbox queue) : IHandles<InvoicePaymentReminded>
{
    public async Task HandleAsync(InvoicePaymentReminded domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await queue.QueueAsync(WebhookEventTypes.InvoicePaymentReminded, async token => InvoiceDto.From(
            await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == domainEvent.InvoiceId, token)), ct);
    }
}
