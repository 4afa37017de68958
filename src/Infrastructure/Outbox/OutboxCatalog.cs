using System.Text.Json;

namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>
/// The events this node can deliver and their handlers: every event type of the Domain (and of the
/// registered handlers), by the name stored in the outbox. A node claims only rows whose type it knows, so
/// a node of an older version leaves a newer event to the nodes that know it.
/// </summary>
internal sealed class OutboxCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, Type> _types;
    private readonly ILookup<Type, OutboxHandler> _handlers;

    public OutboxCatalog(IEnumerable<EventHandlerRegistration> registrations)
    {
        var handlers = registrations.ToList();
        var duplicate = handlers.GroupBy(h => h.HandlerType.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException(
                $"Event handlers are told apart by name; '{duplicate.Key}' is used by {duplicate.Count()} registrations.");
        _types = typeof(IDomainEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
            .Concat(handlers.Select(h => h.EventType))
            .Distinct()
            .ToDictionary(NameOf, StringComparer.Ordinal);
        _handlers = handlers.ToLookup(h => h.EventType, OutboxHandler.For);
    }

    public IReadOnlyCollection<string> TypeNames => _types.Keys;

    public static string NameOf(Type eventType) => eventType.FullName!;

    public static string Serialize(IDomainEvent domainEvent) => JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), Json);

    public IDomainEvent Deserialize(OutboxMessage message) =>
        _types.TryGetValue(message.Type, out var type)
            ? (IDomainEvent?)JsonSerializer.Deserialize(message.Payload, type, Json)
              ?? throw new JsonException($"Outbox message {message.Id} holds no event.")
            : throw new InvalidOperationException($"Event type '{message.Type}' is unknown to this node.");

    public IEnumerable<OutboxHandler> HandlersOf(IDomainEvent domainEvent) => _handlers[domainEvent.GetType()];
}
