namespace CleanPlatform.Application.Identity.Common;

/// <summary>Puts the caller to the domain's user-administration rules and answers a refusal as HTTP would.</summary>
public static class UserChangeRefusals
{
    public static UserAdministrator AsUserAdministrator(this ICurrentUser user) =>
        new(user.UserId, user.IsPlatformAdmin ? null : user.RequireOrganizationId(), user.IsPlatformAdmin);

    public static void ThrowIfAny(this UserChangeRefusal refusal, Guid userId)
    {
        if (refusal != UserChangeRefusal.None)
            throw ExceptionFor(refusal, userId);
    }

    // Another organization's user is not told apart from a missing one.
    private static Exception ExceptionFor(UserChangeRefusal refusal, Guid userId) => refusal switch
    {
        UserChangeRefusal.OtherOrganization => new NotFoundException("User", userId),
        UserChangeRefusal.PlatformAdminAccount =>
            new ForbiddenException("Only the platform administrator can change this account."),
        UserChangeRefusal.OwnDeactivation =>
            new ConflictException("user.self_deactivation", "You cannot deactivate your own account."),
        UserChangeRefusal.OwnAdminRole =>
            new ConflictException("user.last_admin", "You cannot remove your own Admin role."),
        UserChangeRefusal.LastActiveAdmin => new ConflictException("user.last_active_admin",
            "This is the organization's only active Admin: make someone else Admin first."),
        UserChangeRefusal.UnknownRole =>
            new ValidationException("roles", $"Unknown role; use one of {string.Join(", ", Roles.All)}."),
        _ => new ArgumentOutOfRangeException(nameof(refusal), refusal, "Not a refusal."),
    };
}
