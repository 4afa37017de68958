namespace CleanPlatform.Domain.Common;

/// <summary>
/// An event that happened inside one organization. Its handlers run as the system acting for that
/// organization, under its tenant filter; events without one are handled across organizations.
/// </summary>
public interface IOrganizationEvent : IDomainEvent
{
    /// <summary>The organization the event belongs to.</summary>
    Guid OrganizationId { get; }
}
