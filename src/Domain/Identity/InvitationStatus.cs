namespace CleanPlatform.Domain.Identity;

/// <summary>Where an invitation stands.</summary>
public enum InvitationStatus
{
    /// <summary>Can be accepted.</summary>
    Pending = 1,

    /// <summary>The invitee joined.</summary>
    Accepted = 2,

    /// <summary>An admin withdrew it.</summary>
    Revoked = 3,

    /// <summary>Its week ran out.</summary>
    Expired = 4,
}
