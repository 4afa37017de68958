using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.ReplayWebhookDelivery;

/// <summary>
/// Posts a delivery again as soon as the delivery job runs (within seconds): one more attempt for a failed one, the next
/// attempt now for a pending one. The body is the same, with its same event id, signed afresh.
/// </summary>
[Authorize(Roles.Admin), Audited("WebhookDelivery")]
public sealed record ReplayWebhookDelivery(Guid Id) : ICommand, IHasId;

public sealed class ReplayWebhookDeliveryHandler(IBillingDb db, TimeProvider time) : ICommandHandler<ReplayWebhookDelivery>
{
    public async ValueTask<Unit> Handle(ReplayWebhookDelivery command, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.AsTracking().SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(WebhookDelivery), command.Id);
        delivery.Replay(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
