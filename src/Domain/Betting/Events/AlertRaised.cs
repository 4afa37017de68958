namespace CleanPlatform.Domain.Betting.Events;

/// <summary>
/// Betting's published contract: a member is alerted. Platform keeps it as an in-app notification; the member's
/// channels (live, e-mail, webhook) each deliver it once.
/// </summary>
/// <param name="AlertId">The alert.</param>
/// <param name="OrganizationId">The member's organization.</param>
/// <param name="UserId">The member alerted.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Message">What happened, in a sentence.</param>
/// <param name="OccurredAt">When it was raised.</param>
public sealed record AlertRaised(Guid AlertId, Guid OrganizationId, Guid UserId, AlertKind Kind, string Message,
    DateTimeOffset OccurredAt) : IOrganizationEvent
{
    /// <summary>The alert.</summary>
    public Guid AlertId { get; } = AlertId;

    /// <inheritdoc />
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>The member alerted.</summary>
    public Guid UserId { get; } = UserId;

    /// <summary>What it is about.</summary>
    public AlertKind Kind { get; } = Kind;

    /// <summary>What happened, in a sentence.</summary>
    public string Message { get; } = Message;

    /// <summary>When it was raised.</summary>
    public DateTimeOffset OccurredAt { get; } = OccurredAt;
}
