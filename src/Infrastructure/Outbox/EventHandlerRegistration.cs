namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>One <c>IHandles&lt;TEvent&gt;</c> registered for the outbox (<see cref="OutboxRegistration.AddEventHandler{TEvent,THandler}"/>).</summary>
internal sealed record EventHandlerRegistration(Type EventType, Type HandlerType);
