namespace CleanPlatform.Domain.Identity;

/// <summary>Why an administrator's change to a user is refused; <see cref="None"/> when it may go ahead.</summary>
public enum UserChangeRefusal
{
    /// <summary>The change may go ahead.</summary>
    None,

    /// <summary>The user belongs to another organization: to this administrator, they do not exist.</summary>
    OtherOrganization,

    /// <summary>The platform administrator's account, which only the platform administrator changes.</summary>
    PlatformAdminAccount,

    /// <summary>Administrators cannot deactivate themselves.</summary>
    OwnDeactivation,

    /// <summary>Administrators cannot drop their own Admin role (the organization would lose its admin).</summary>
    OwnAdminRole,

    /// <summary>A role that is not one of <see cref="Roles.All"/>.</summary>
    /// <summary>The change would leave the organization without an active Admin.</summary>
    LastActiveAdmin,

    UnknownRole,
}
