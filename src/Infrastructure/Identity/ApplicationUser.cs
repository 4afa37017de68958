using Microsoft.AspNetCore.Identity;

namespace CleanPlatform.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser<Guid>
{
    public Guid OrganizationId { get; set; }

    public string DisplayName { get; set; } = "";

    public bool IsPlatformAdmin { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set by an Admin: the account can no longer log in, refresh or use API keys.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }
}
