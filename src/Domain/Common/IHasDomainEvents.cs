namespace CleanPlatform.Domain.Common;

/// <summary>An object that collects domain events until they are published.</summary>
public interface IHasDomainEvents
{
    /// <summary>Events raised since the last save.</summary>
    IReadOnlyCollection<IDomainEvent> DomainEvents { get; }

    /// <summary>Forgets the events once they are published.</summary>
    void ClearDomainEvents();
}
