using Microsoft.AspNetCore.Identity;

namespace CleanPlatform.Infrastructure.Identity;

/// <summary>
/// An account. Tenant-owned: every query on users is filtered to the caller's organization, except
/// Identity's own store (<see cref="AllOrganizationsUserStore"/>), which must find an account before its
/// organization is known.
/// </summary>
public sealed class ApplicationUser : IdentityUser<Guid>, ITenantOwned
{
    public Guid OrganizationId { get; set; }

    public string DisplayName { get; set; } = "";

    public bool IsPlatformAdmin { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set by an Admin: the account can no longer log in, refresh or use API keys.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }
}
