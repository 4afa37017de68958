namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>Writes events of set-based changes as the interceptor writes entities' events: the same rows, the same save.</summary>
internal sealed class EventOutbox(AppDbContext db, TimeProvider time) : IEventOutbox
{
    public void Record(IEnumerable<IDomainEvent> events)
    {
        var now = time.GetUtcNow();
        db.OutboxMessages.AddRange(events.Select(e => OutboxMessage.Of(e, now)));
    }
}
