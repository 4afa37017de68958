using CleanPlatform.Domain.Identity.Events;

namespace CleanPlatform.Application.Platform.NotifyMember;

/// <summary>Tells the admin who invited someone that they joined, and in which role.</summary>
public sealed class NotifyInviterWhenInvitationAccepted(ISender sender) : IHandles<InvitationAccepted>
{
    public async Task HandleAsync(InvitationAccepted domainEvent, CancellationToken ct) =>
        await sender.Send(new NotifyMember(domainEvent.InvitedBy,
            $"{domainEvent.Email} accepted your invitation and joined as {domainEvent.Role}."), ct);
}
