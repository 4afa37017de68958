namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// Records domain events that no tracked entity carries: the events of a set-based change (<c>ExecuteUpdate</c>),
/// which bypasses the change tracker and so the interceptor that writes entities' events. They become outbox rows of
/// the unit of work's next save, so they commit, or roll back, with the change in its transaction.
/// </summary>
public interface IEventOutbox
{
    /// <summary>Adds one outbox row per event of <paramref name="events"/>, all written by the next save.</summary>
    void Record(IEnumerable<IDomainEvent> events);
}
