namespace CleanPlatform.Domain.Identity;

/// <summary>The user an administrator wants to change, as the rules of <see cref="UserAdministration"/> see them.</summary>
public sealed record AdministeredUser(Guid Id, Guid OrganizationId, bool IsPlatformAdmin, bool IsLastActiveAdmin = false)
{
    /// <summary>The user's id.</summary>
    public Guid Id { get; } = Id;

    /// <summary>The organization the user belongs to.</summary>
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>Whether this is the platform administrator's account.</summary>
    public bool IsPlatformAdmin { get; } = IsPlatformAdmin;

    /// <summary>Whether this is the only active Admin of the organization: without them nobody could administer it.</summary>
    public bool IsLastActiveAdmin { get; } = IsLastActiveAdmin;
}
