using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.QueueWebhookDeliveries;

/// <summary>Queues <see cref="WebhookEventTypes.InvoiceFinalized"/> with the invoice as finalized, for the organization's endpoints that want it.</summary>
public sealed class InvoiceFinalizedWebhook(IBillingDb db, WebhookOutbox queue) : IHandles<InvoiceFinalized>
{
    public async Task HandleAsync(InvoiceFinalized domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await queue.QueueAsync(WebhookEventTypes.InvoiceFinalized, async token => InvoiceDto.From(
            await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == domainEvent.InvoiceId, token)), ct);
    }
}
