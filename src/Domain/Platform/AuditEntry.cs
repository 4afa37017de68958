namespace CleanPlatform.Domain.Platform;

/// <summary>
/// One state-changing command: who ran it, what, on which entity, when and how it ended. Entries are
/// never changed once written. Entries with no organization (an unknown user's failed login) carry
/// <see cref="Guid.Empty"/> and are visible to platform admins only.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    /// <summary>Longest action, entity type or error code kept.</summary>
    public const int NameMaxLength = 128;

    /// <summary>Longest e-mail kept.</summary>
    public const int EmailMaxLength = 256;

    /// <summary>Longest entity id kept.</summary>
    public const int EntityIdMaxLength = 64;

    private AuditEntry() { }

    /// <summary>Time-ordered id.</summary>
    public Guid Id { get; private set; }

    /// <summary>When the command finished.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>The acting user, when known.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>The acting user's e-mail at the time, when known.</summary>
    public string? UserEmail { get; private set; }

    /// <summary>The background work that acted, when no user did (shown as "system: name").</summary>
    public string? SystemName { get; private set; }

    /// <summary>The command's name, e.g. <c>CreateApiKey</c>.</summary>
    public string Action { get; private set; } = "";

    /// <summary>The kind of entity touched, e.g. <c>ApiKey</c>.</summary>
    public string? EntityType { get; private set; }

    /// <summary>The touched entity's id.</summary>
    public string? EntityId { get; private set; }

    /// <summary>How it ended.</summary>
    public AuditOutcome Outcome { get; private set; }

    /// <summary>Why it failed: an error code or exception name, never a message with user data.</summary>
    public string? Error { get; private set; }

    /// <summary>Records a finished command.</summary>
    public static AuditEntry Record(DateTimeOffset now, Guid? organizationId, AuditActor actor, string action, string? entityType, string? entityId, AuditOutcome outcome, string? error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        return new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            OrganizationId = organizationId ?? Guid.Empty,
            UserId = actor.UserId,
            UserEmail = Truncate(actor.UserEmail, EmailMaxLength),
            SystemName = Truncate(actor.SystemName, NameMaxLength),
            Action = Truncate(action, NameMaxLength)!,
            EntityType = Truncate(entityType, NameMaxLength),
            EntityId = Truncate(entityId, EntityIdMaxLength),
            Outcome = outcome,
            Error = Truncate(error, NameMaxLength),
        };
    }

    private static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : value[..max];
}
