using CleanPlatform.Application.Platform.Common;
using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.Platform.NotifyMember;

/// <summary>
/// Leaves a notification for a member of the caller's organization. Sent by event handlers, which run as
/// the system acting for the event's organization; no endpoint sends it.
/// </summary>
[Audited("Notification")]
public sealed record NotifyMember(Guid RecipientId, string Message) : ICommand<Guid>;

public sealed class NotifyMemberHandler(IPlatformDb db, ICurrentUser caller, AuditScope audit, TimeProvider time)
    : ICommandHandler<NotifyMember, Guid>
{
    public async ValueTask<Guid> Handle(NotifyMember command, CancellationToken cancellationToken)
    {
        var notification = Notification.Send(caller.RequireOrganizationId(), command.RecipientId, command.Message,
            time.GetUtcNow());
        db.Notifications.Add(notification);
        await db.SaveChangesAsync(cancellationToken);
        audit.EntityId = notification.Id.ToString();
        return notification.Id;
    }
}
