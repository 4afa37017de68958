using CleanPlatform.Application.Platform.ListNotifications;

namespace CleanPlatform.Api.Controllers.V1.Platform;

/// <summary>Notifications for the caller: what happened in their organization that concerns them.</summary>
[Route("api/v{version:apiVersion}/platform/notifications"), Authorize]
public sealed class NotificationsController(ISender sender) : ApiControllerBase
{
    /// <summary>The caller's notifications, newest first.</summary>
    /// <remarks>They arrive shortly after what they tell of (delivered in the background, within seconds).</remarks>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">At most 200.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet]
    [ProducesResponseType<PagedList<NotificationDto>>(StatusCodes.Status200OK)]
    public async Task<PagedList<NotificationDto>> ListNotifications(int page = 1,
        int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await sender.Send(new ListNotifications(page, pageSize), ct);
}
