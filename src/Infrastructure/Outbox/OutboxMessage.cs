namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>
/// A raised domain event, written in the transaction of the change that raised it and delivered to its
/// handlers after that commits. A node claims a row by setting its lease; delivered rows keep
/// <see cref="ProcessedAt"/>; failed ones wait until <see cref="NextAttemptAt"/>.
/// </summary>
internal sealed class OutboxMessage
{
    public const int TypeMaxLength = 256;
    public const int ErrorMaxLength = 2000;

    private OutboxMessage() { }

    /// <summary>The event's id: handlers' processed marks refer to it.</summary>
    public Guid Id { get; private set; }

    /// <summary>The event's type, as <see cref="OutboxCatalog.NameOf"/> names it.</summary>
    public string Type { get; private set; } = "";

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The organization the event belongs to; null for events of no one organization.</summary>
    public Guid? OrganizationId { get; private set; }

    /// <summary>Deliveries that failed so far.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    /// <summary>Why the last delivery failed, handler by handler.</summary>
    public string? LastError { get; private set; }

    /// <summary>The claim of the node delivering the row, if any.</summary>
    public Guid? LeaseId { get; private set; }

    /// <summary>Until when the claim holds; after that another node may claim the row.</summary>
    public DateTimeOffset? LeasedUntil { get; private set; }

    /// <summary>The row of <paramref name="domainEvent"/>, raised at <paramref name="now"/>.</summary>
    public static OutboxMessage Of(IDomainEvent domainEvent, DateTimeOffset now) =>
        Record((domainEvent as IOrganizationEvent)?.OrganizationId, OutboxCatalog.NameOf(domainEvent.GetType()),
            OutboxCatalog.Serialize(domainEvent), now);

    private static OutboxMessage Record(Guid? organizationId, string type, string payload, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Type = type,
        Payload = payload,
        OccurredAt = now,
        OrganizationId = organizationId,
        NextAttemptAt = now,
    };
}
