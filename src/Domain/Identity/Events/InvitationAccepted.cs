namespace CleanPlatform.Domain.Identity.Events;

/// <summary>
/// Identity's published contract: someone registered with an invitation and joined its organization.
/// Raised when the invitation is accepted, in the registration's transaction.
/// </summary>
/// <param name="InvitationId">The accepted invitation.</param>
/// <param name="OrganizationId">The organization joined.</param>
/// <param name="Email">The new member's e-mail, as invited.</param>
/// <param name="Role">The role the new member got.</param>
/// <param name="InvitedBy">The admin who invited them.</param>
public sealed record InvitationAccepted(Guid InvitationId, Guid OrganizationId, string Email, string Role, Guid InvitedBy)
    : IOrganizationEvent
{
    /// <summary>The accepted invitation.</summary>
    public Guid InvitationId { get; } = InvitationId;

    /// <inheritdoc />
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>The new member's e-mail, as invited.</summary>
    public string Email { get; } = Email;

    /// <summary>The role the new member got.</summary>
    public string Role { get; } = Role;

    /// <summary>The admin who invited them.</summary>
    public Guid InvitedBy { get; } = InvitedBy;
}
