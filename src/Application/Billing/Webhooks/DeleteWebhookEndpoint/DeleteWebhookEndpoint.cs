using CleanPlatform.Application.Billing.Common;

namespace CleanPlatform.Application.Billing.Webhooks.DeleteWebhookEndpoint;

/// <summary>Deletes an endpoint and its delivery log: nothing more is posted to it.</summary>
[Authorize(Roles.Admin), Audited("WebhookEndpoint")]
public sealed record DeleteWebhookEndpoint(Guid Id) : ICommand, IHasId;

public sealed class DeleteWebhookEndpointHandler(IBillingDb db) : ICommandHandler<DeleteWebhookEndpoint>
{
    public async ValueTask<Unit> Handle(DeleteWebhookEndpoint command, CancellationToken cancellationToken)
    {
        var endpoint = await db.WebhookEndpoints.AsTracking().SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("WebhookEndpoint", command.Id);
        await db.WebhookDeliveries.Where(d => d.EndpointId == endpoint.Id).ExecuteDeleteAsync(cancellationToken);
        db.WebhookEndpoints.Remove(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
