using KnownRoles = CleanPlatform.Domain.Identity.Roles;

namespace CleanPlatform.Application.Identity.SetUserRoles;

/// <summary>Replaces a member's roles. Admins cannot remove their own Admin role (the organization would lose its admin).</summary>
[Authorize(KnownRoles.Admin, Interactive = true), Audited("User")]
public sealed record SetUserRoles(Guid Id, IReadOnlyList<string> Roles) : ICommand<UserDto>, IHasId;

public sealed class SetUserRolesHandler(IIdentityDb db, IUserAccessStore store, IOrganizationLocks locks, ICurrentUser user,
    AccessChanges access, AuditScope audit, TimeProvider time)
    : ICommandHandler<SetUserRoles, UserDto>
{
    public async ValueTask<UserDto> Handle(SetUserRoles command, CancellationToken cancellationToken)
    {
        var roles = command.Roles.Distinct(StringComparer.Ordinal).ToList();
        var target = await db.Users.FindAdministeredLockedAsync(locks, command.Id, cancellationToken);
        UserAdministration.RefusalToSetRoles(user.AsUserAdministrator(), target, roles).ThrowIfAny(command.Id);

        await store.SetRolesAsync(command.Id, roles, cancellationToken);
        audit.TenantOrganizationId = target.OrganizationId;
        access.UserChanged(command.Id);
        return await db.Users.GetDtoAsync(command.Id, time.GetUtcNow(), cancellationToken);
    }
}
