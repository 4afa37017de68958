using Microsoft.AspNetCore.Identity;

namespace CleanPlatform.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser<Guid>
{
    public Guid OrganizationId { get; set; }

    public string DisplayName { get; set; } = "";

    public bool IsPlatformAdmin { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
