namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// Reacts to a domain event after the change that raised it committed. Events are delivered at least once,
/// each handler on its own: the handler runs as the system caller named after it, inside the event's
/// organization (under its tenant filter) or across organizations when the event has none, and in a
/// transaction that also records the event as handled by it, so a second delivery of the same event
/// finds it handled and skips it. A handler that throws is retried later, with backoff.
/// </summary>
/// <typeparam name="TEvent">The event handled: this module's or another module's published contract.</typeparam>
public interface IHandles<in TEvent> where TEvent : IDomainEvent
{
    /// <summary>Does the handler's work for one event; whatever it saves commits with the handled mark.</summary>
    Task HandleAsync(TEvent domainEvent, CancellationToken ct);
}
