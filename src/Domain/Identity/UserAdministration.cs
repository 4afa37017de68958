namespace CleanPlatform.Domain.Identity;

/// <summary>
/// Who may change whom among users. An organization always keeps one active Admin: nobody, the platform
/// administrator included, deactivates or demotes the last one. Pure: the use case loads the administrator and the user, asks here,
/// and applies the change only when the answer is <see cref="UserChangeRefusal.None"/>.
/// </summary>
public static class UserAdministration
{
    /// <summary>Why <paramref name="admin"/> may not activate or deactivate <paramref name="user"/>, if they may not.</summary>
    public static UserChangeRefusal RefusalToSetActive(UserAdministrator admin, AdministeredUser user, bool active) =>
        !active && admin.UserId == user.Id ? UserChangeRefusal.OwnDeactivation
        : RefusalToReach(admin, user) is var refusal and not UserChangeRefusal.None ? refusal
        : !active && user.IsLastActiveAdmin ? UserChangeRefusal.LastActiveAdmin
        : UserChangeRefusal.None;

    /// <summary>Why <paramref name="admin"/> may not give <paramref name="user"/> exactly <paramref name="roles"/>, if they may not.</summary>
    public static UserChangeRefusal RefusalToSetRoles(UserAdministrator admin, AdministeredUser user,
        IReadOnlyCollection<string> roles) =>
        !roles.All(Roles.IsKnown) ? UserChangeRefusal.UnknownRole
        : admin.UserId == user.Id && !roles.Contains(Roles.Admin, StringComparer.Ordinal) ? UserChangeRefusal.OwnAdminRole
        : RefusalToReach(admin, user) is var refusal and not UserChangeRefusal.None ? refusal
        : user.IsLastActiveAdmin && !roles.Contains(Roles.Admin, StringComparer.Ordinal) ? UserChangeRefusal.LastActiveAdmin
        : UserChangeRefusal.None;

    // An organization's Admin reaches its own users only, and never the operator's account; the platform
    // administrator reaches everyone.
    private static UserChangeRefusal RefusalToReach(UserAdministrator admin, AdministeredUser user) =>
        admin.IsPlatformAdmin ? UserChangeRefusal.None
        : admin.OrganizationId != user.OrganizationId ? UserChangeRefusal.OtherOrganization
        : user.IsPlatformAdmin ? UserChangeRefusal.PlatformAdminAccount
        : UserChangeRefusal.None;
}
