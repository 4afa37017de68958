namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// Records domain events that no tracked entity carries: the events of a set-based change (<c>ExecuteUpdate</c>),
/// which bypasses the change tracker and so the interceptor that writes entities' events. They are written in the unit
/// of work's transaction, so they commit, or roll back, with the change.
/// </summary>
public interface IEventOutbox
{
    /// <summary>
    /// Adds one outbox row per event of <paramref name="events"/>: written by the next save, or, for many events on a
    /// provider with a bulk path, at once in the current transaction.
    /// </summary>
    Task RecordAsync(IReadOnlyCollection<IDomainEvent> events, CancellationToken ct);
}
