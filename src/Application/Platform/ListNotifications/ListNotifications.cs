using CleanPlatform.Application.Platform.Common;
using Mapster;

namespace CleanPlatform.Application.Platform.ListNotifications;

/// <summary>The caller's own notifications, newest first.</summary>
[Authorize]
public sealed record ListNotifications(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<NotificationDto>>, IPagedQuery;

public sealed class ListNotificationsHandler(IPlatformDb db, ICurrentUser user)
    : IQueryHandler<ListNotifications, PagedList<NotificationDto>>
{
    public async ValueTask<PagedList<NotificationDto>> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        return await db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .ProjectToType<NotificationDto>()
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
