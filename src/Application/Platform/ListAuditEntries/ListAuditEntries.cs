using CleanPlatform.Application.Platform.Common;
using CleanPlatform.Domain.Platform;
using Mapster;

namespace CleanPlatform.Application.Platform.ListAuditEntries;

/// <summary>The audit trail, newest first, filtered; scoped to the caller's organization by the tenant filter.</summary>
[Authorize(Roles.Admin)]
public sealed record ListAuditEntries(
    string? Action, string? EntityType, string? EntityId, Guid? UserId, AuditOutcome? Outcome,
    DateTimeOffset? From, DateTimeOffset? To, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<AuditEntryDto>>, IPagedQuery;

public sealed class ListAuditEntriesHandler(IPlatformDb db)
    : IQueryHandler<ListAuditEntries, PagedList<AuditEntryDto>>
{
    public async ValueTask<PagedList<AuditEntryDto>> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
            entries = entries.Where(e => e.Action == query.Action);
        if (!string.IsNullOrWhiteSpace(query.EntityType))
            entries = entries.Where(e => e.EntityType == query.EntityType);
        if (!string.IsNullOrWhiteSpace(query.EntityId))
            entries = entries.Where(e => e.EntityId == query.EntityId);
        if (query.UserId is { } userId)
            entries = entries.Where(e => e.UserId == userId);
        if (query.Outcome is { } outcome)
            entries = entries.Where(e => e.Outcome == outcome);
        // Stored instants are UTC; a bound given with another offset is the same instant in UTC.
        if (query.From?.ToUniversalTime() is { } from)
            entries = entries.Where(e => e.OccurredAt >= from);
        if (query.To?.ToUniversalTime() is { } to)
            entries = entries.Where(e => e.OccurredAt < to);

        return await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .ProjectToType<AuditEntryDto>()
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
