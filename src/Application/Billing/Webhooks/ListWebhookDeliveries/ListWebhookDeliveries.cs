using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.ListWebhookDeliveries;

/// <summary>An endpoint's delivery log, newest first; optionally of one status.</summary>
[Authorize(Roles.Admin)]
public sealed record ListWebhookDeliveries(
    Guid EndpointId, WebhookDeliveryStatus? Status = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<WebhookDeliveryDto>>, IPagedQuery;

/// <summary>
/// One event posted to the endpoint: its type and id (the body's <c>id</c>), its status, how many attempts were made,
/// the last one's answer or error, and when the next is due while it is pending.
/// </summary>
public sealed record WebhookDeliveryDto(
    Guid Id, Guid EventId, string EventType, WebhookDeliveryStatus Status, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt, int? LastStatusCode, string? LastError, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SucceededAt);

public sealed class ListWebhookDeliveriesValidator : AbstractValidator<ListWebhookDeliveries>
{
    public ListWebhookDeliveriesValidator()
    {
        Include(new PagedQueryValidator());
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class ListWebhookDeliveriesHandler(IBillingDb db)
    : IQueryHandler<ListWebhookDeliveries, PagedList<WebhookDeliveryDto>>
{
    public async ValueTask<PagedList<WebhookDeliveryDto>> Handle(ListWebhookDeliveries query, CancellationToken cancellationToken)
    {
        if (!await db.WebhookEndpoints.AnyAsync(e => e.Id == query.EndpointId, cancellationToken))
            throw new NotFoundException(nameof(WebhookEndpoint), query.EndpointId);
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == query.EndpointId);
        if (query.Status is { } status)
            deliveries = deliveries.Where(d => d.Status == status);
        return await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Select(d => new WebhookDeliveryDto(d.Id, d.EventId, d.EventType, d.Status, d.Attempts, d.CreatedAt,
                d.LastAttemptAt, d.LastStatusCode, d.LastError, d.NextAttemptAt, d.SucceededAt))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
