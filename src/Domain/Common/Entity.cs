namespace CleanPlatform.Domain.Common;

/// <summary>
/// Base of every persisted entity: a Guid v7 id, an integer concurrency version and audit stamps.
/// The version and stamps are set by the persistence layer, never by business code.
/// </summary>
public abstract class Entity : IHasDomainEvents
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>Time-ordered (version 7) identifier.</summary>
    public Guid Id { get; protected set; }

    /// <summary>Optimistic concurrency token, bumped on every update.</summary>
    public int Version { get; set; }

    /// <summary>When the entity was first saved (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who first saved the entity, when known.</summary>
    public Guid? CreatedBy { get; set; }

    /// <summary>When the entity was last saved (UTC).</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Who last saved the entity, when known.</summary>
    public Guid? UpdatedBy { get; set; }

    /// <inheritdoc />
    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>Records an event to publish when the entity is saved.</summary>
    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <inheritdoc />
    public void ClearDomainEvents() => _domainEvents.Clear();
}
