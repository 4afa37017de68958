namespace CleanPlatform.Application.Identity.Common;

/// <summary>
/// Writes a change to a user's access that <c>UserAdministration</c> has allowed (ASP.NET Core Identity
/// behind it). It decides nothing: whether the change may be made is the use case's business.
/// </summary>
public interface IUserAccessStore
{
    /// <summary>
    /// Deactivates the user (locked out indefinitely; the security stamp changes, so tokens issued before stay
    /// dead) or reactivates them (lockout and failed log-ins cleared).
    /// </summary>
    Task SetActiveAsync(Guid userId, bool active, CancellationToken ct);

    /// <summary>Replaces the user's roles with <paramref name="roles"/>.</summary>
    Task SetRolesAsync(Guid userId, IReadOnlyCollection<string> roles, CancellationToken ct);
}
