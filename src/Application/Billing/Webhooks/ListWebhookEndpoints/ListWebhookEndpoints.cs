using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;

namespace CleanPlatform.Application.Billing.Webhooks.ListWebhookEndpoints;

/// <summary>The caller's organization's endpoints, oldest first (there are at most 16).</summary>
[Authorize(Roles.Admin)]
public sealed record ListWebhookEndpoints : IQuery<IReadOnlyList<WebhookEndpointDto>>;

public sealed class ListWebhookEndpointsHandler(IBillingDb db, TimeProvider time)
    : IQueryHandler<ListWebhookEndpoints, IReadOnlyList<WebhookEndpointDto>>
{
    public async ValueTask<IReadOnlyList<WebhookEndpointDto>> Handle(ListWebhookEndpoints query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return [.. endpoints.Select(e => WebhookEndpointDto.From(e, now))];
    }
}
