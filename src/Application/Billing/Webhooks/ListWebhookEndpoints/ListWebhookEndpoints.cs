using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;

namespace CleanPlatform.Application.Billing.Webhooks.ListWebhookEndpoints;

/// <summary>The caller's organization's endpoints, oldest first (there are at most 16).</summary>
[Authorize(Roles.Admin)]
public sealed record ListWebhookEndpoints : IQuery<WebhookEndpointListDto>;

/// <summary>The organization's endpoints: at most <see cref="Domain.Billing.Webhooks.WebhookEndpoint.MaxPerOrganization"/>.</summary>
public sealed record WebhookEndpointListDto(IReadOnlyList<WebhookEndpointDto> Endpoints);

public sealed class ListWebhookEndpointsHandler(IBillingDb db, TimeProvider time)
    : IQueryHandler<ListWebhookEndpoints, WebhookEndpointListDto>
{
    public async ValueTask<WebhookEndpointListDto> Handle(ListWebhookEndpoints query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return new WebhookEndpointListDto([.. endpoints.Select(e => WebhookEndpointDto.From(e, now))]);
    }
}
