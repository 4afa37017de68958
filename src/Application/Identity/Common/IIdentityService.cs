using CleanPlatform.Application.Common.Models;

namespace CleanPlatform.Application.Identity.Common;

/// <summary>User accounts, passwords, lockout and roles (ASP.NET Core Identity behind it).</summary>
public interface IIdentityService
{
    /// <summary>Creates a user; a taken e-mail is a conflict, a weak password a validation error.</summary>
    Task<UserAccount> CreateUserAsync(NewUser user, CancellationToken ct);

    /// <summary>
    /// Checks a password, counting failures towards lockout; bad credentials and locked-out accounts are
    /// refused with <c>UnauthorizedException</c>.
    /// </summary>
    Task<UserAccount> CheckPasswordAsync(string email, string password, CancellationToken ct);

    /// <summary>Whether an account with this e-mail exists, in any organization.</summary>
    Task<bool> EmailExistsAsync(string email, CancellationToken ct);

    /// <summary>Finds an account by id, in any organization.</summary>
    Task<UserAccount?> FindByIdAsync(Guid userId, CancellationToken ct);

    /// <summary>Changes a password; a wrong current password or a weak new one is a validation error.</summary>
    Task ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken ct);

    /// <summary>Lists users, of one organization or (null) of all.</summary>
    Task<PagedList<UserDto>> ListUsersAsync(Guid? organizationId, string? search, int page, int pageSize,
        CancellationToken ct);

    /// <summary>
    /// Deactivates (locks out indefinitely) or reactivates a user; the user must be in
    /// <paramref name="organizationId"/> unless it is null.
    /// </summary>
    Task<UserDto> SetActiveAsync(Guid userId, Guid? organizationId, bool active, CancellationToken ct);

    /// <summary>Replaces a user's roles; the user must be in <paramref name="organizationId"/> unless it is null.</summary>
    Task<UserDto> SetRolesAsync(Guid userId, Guid? organizationId, IReadOnlyCollection<string> roles,
        CancellationToken ct);
}

/// <summary>What is needed to create an account.</summary>
public sealed record NewUser(string Email, string Password, string DisplayName, Guid OrganizationId,
    IReadOnlyCollection<string> Roles, bool IsPlatformAdmin = false);

/// <summary>An account as the use cases see it.</summary>
public sealed record UserAccount(Guid Id, string Email, string DisplayName, Guid OrganizationId,
    bool IsPlatformAdmin, IReadOnlyList<string> Roles, bool IsActive = true);
