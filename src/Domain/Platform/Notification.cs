namespace CleanPlatform.Domain.Platform;

/// <summary>A message for one member of an organization, about something that happened there.</summary>
public sealed class Notification : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>Longest message kept.</summary>
    public const int MessageMaxLength = 500;

    private Notification() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>The member it is for.</summary>
    public Guid RecipientId { get; private set; }

    /// <summary>What happened, in a sentence.</summary>
    public string Message { get; private set; } = "";

    /// <summary>Notifies <paramref name="recipientId"/>, a member of <paramref name="organizationId"/>.</summary>
    public static Notification Send(Guid organizationId, Guid recipientId, string message, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(message.Length, MessageMaxLength);
        return new Notification
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            RecipientId = recipientId,
            Message = message,
            CreatedAt = now,
        };
    }
}
