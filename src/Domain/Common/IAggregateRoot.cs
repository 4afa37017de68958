namespace CleanPlatform.Domain.Common;

/// <summary>Marks the entity through which a consistency boundary is changed.</summary>
public interface IAggregateRoot;
