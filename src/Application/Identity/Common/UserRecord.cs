namespace CleanPlatform.Application.Identity.Common;

/// <summary>
/// A user as the use cases read them. Users are tenant-owned: the set is filtered to the caller's
/// organization like every other organization's records (the platform admin sees all).
/// </summary>
public sealed class UserRecord
{
    public Guid Id { get; init; }

    public string? Email { get; init; }

    /// <summary>The e-mail as lookups and ordering compare it (upper case).</summary>
    public string? NormalizedEmail { get; init; }

    public string DisplayName { get; init; } = "";

    public Guid OrganizationId { get; init; }

    public string OrganizationName { get; init; } = "";

    public bool IsPlatformAdmin { get; init; }

    public IEnumerable<string?> Roles { get; init; } = [];

    /// <summary>Until when log-ins are refused (after failed attempts, or for good once deactivated).</summary>
    public DateTimeOffset? LockoutEnd { get; init; }

    /// <summary>When the user was deactivated; null while active.</summary>
    public DateTimeOffset? DeactivatedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
