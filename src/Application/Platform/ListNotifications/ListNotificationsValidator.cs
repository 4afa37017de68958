namespace CleanPlatform.Application.Platform.ListNotifications;

public sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator() => Include(new PagedQueryValidator());
}
