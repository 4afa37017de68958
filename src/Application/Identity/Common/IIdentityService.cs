namespace CleanPlatform.Application.Identity.Common;

/// <summary>
/// User accounts, passwords and lockout (ASP.NET Core Identity behind it). Who may change whom is
/// <c>UserAdministration</c>'s business; an allowed change is written through <see cref="IUserAccessStore"/>.
/// </summary>
public interface IIdentityService
{
    /// <summary>Creates a user; a taken e-mail is a conflict, a weak password a validation error.</summary>
    Task<UserAccount> CreateUserAsync(NewUser user, CancellationToken ct);

    /// <summary>
    /// Checks a password, counting failures towards lockout; bad credentials and locked-out accounts are
    /// refused with <c>UnauthorizedException</c>.
    /// </summary>
    Task<UserAccount> CheckPasswordAsync(string email, string password, CancellationToken ct);

    /// <summary>
    /// Checks a new password against the password rules and hashes it, for an account created later; a weak
    /// one is a validation error on <paramref name="field"/>.
    /// </summary>
    Task<string> HashNewPasswordAsync(string email, string password, string field, CancellationToken ct);

    /// <summary>Whether any account, in any organization, has this e-mail. Tell the answer only to the mailbox's owner.</summary>
    Task<bool> HasAccountAsync(string email, CancellationToken ct);

    /// <summary>Whether an account with this e-mail belongs to the organization (other organizations' accounts are not told).</summary>
    Task<bool> IsMemberAsync(string email, Guid organizationId, CancellationToken ct);

    /// <summary>The e-mail of each of these users that exists.</summary>
    Task<IReadOnlyDictionary<Guid, string>> EmailsOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);

    /// <summary>Finds an account by id, in any organization.</summary>
    Task<UserAccount?> FindByIdAsync(Guid userId, CancellationToken ct);

    /// <summary>
    /// Checks a signed-in user's password, counting a wrong one towards lockout at once (the count survives
    /// the command's rollback); a wrong password is a validation error on <paramref name="field"/>, a
    /// locked-out account a <c>ForbiddenException</c>.
    /// </summary>
    Task VerifyPasswordAsync(Guid userId, string password, string field, CancellationToken ct);

    /// <summary>
    /// Sets a new password, once the current one was checked with <see cref="VerifyPasswordAsync"/>, and so changes
    /// the security stamp; a weak new one is a validation error.
    /// </summary>
    Task ChangePasswordAsync(Guid userId, string newPassword, CancellationToken ct);
}

/// <summary>
/// What is needed to create an account: a password, or the hash of one already checked against the rules
/// (<see cref="IIdentityService.HashNewPasswordAsync"/>).
/// </summary>
public sealed record NewUser(string Email, string Password, string DisplayName, Guid OrganizationId,
    IReadOnlyCollection<string> Roles, bool IsPlatformAdmin = false)
{
    /// <summary>The password's hash, when <see cref="Password"/> is empty.</summary>
    public string? PasswordHash { get; init; }
}

/// <summary>
/// An account as the use cases see it. The security stamp changes with the password and on
/// deactivation: access tokens carry it, and one with an older stamp is refused.
/// </summary>
public sealed record UserAccount(Guid Id, string Email, string DisplayName, Guid OrganizationId,
    bool IsPlatformAdmin, IReadOnlyList<string> Roles, bool IsActive = true, string SecurityStamp = "");
