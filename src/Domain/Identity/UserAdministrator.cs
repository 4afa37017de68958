namespace CleanPlatform.Domain.Identity;

/// <summary>Who changes a user: an organization's Admin, the platform administrator, or background work (no user).</summary>
public sealed record UserAdministrator(Guid? UserId, Guid? OrganizationId, bool IsPlatformAdmin)
{
    /// <summary>The acting user; null for background work.</summary>
    public Guid? UserId { get; } = UserId;

    /// <summary>The organization the administrator manages; null when they see every organization.</summary>
    public Guid? OrganizationId { get; } = OrganizationId;

    /// <summary>Whether the administrator runs the platform and reaches every organization's users.</summary>
    public bool IsPlatformAdmin { get; } = IsPlatformAdmin;
}
