using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Application.Platform.NotifyMember;

/// <summary>Keeps every alert as an in-app notification of the member, so the notifications page lists it.</summary>
public sealed class NotifyMemberWhenAlerted(ISender sender) : IHandles<AlertRaised>
{
    public async Task HandleAsync(AlertRaised domainEvent, CancellationToken ct) =>
        await sender.Send(new NotifyMember(domainEvent.UserId, domainEvent.Message), ct);
}
