using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Application.Identity.Common;
using Mediator;
using KnownRoles = CleanPlatform.Domain.Identity.Roles;

namespace CleanPlatform.Application.Identity.SetUserRoles;

/// <summary>Replaces a member's roles. Admins cannot remove their own Admin role (the organization would lose its admin).</summary>
[Authorize(KnownRoles.Admin, Interactive = true), Audited("User")]
public sealed record SetUserRoles(Guid Id, IReadOnlyList<string> Roles) : ICommand<UserDto>, IHasId;

public sealed class SetUserRolesHandler(IIdentityService identity, ICurrentUser user, AccessChanges access,
    AuditScope audit)
    : ICommandHandler<SetUserRoles, UserDto>
{
    public async ValueTask<UserDto> Handle(SetUserRoles command, CancellationToken cancellationToken)
    {
        if (command.Id == user.UserId && !command.Roles.Contains(KnownRoles.Admin, StringComparer.Ordinal))
            throw new ConflictException("user.last_admin", "You cannot remove your own Admin role.");

        var updated = await identity.SetRolesAsync(command.Id,
            user.IsPlatformAdmin ? null : user.RequireOrganizationId(),
            [.. command.Roles.Distinct(StringComparer.Ordinal)], cancellationToken);
        audit.TenantOrganizationId = updated.OrganizationId;
        access.UserChanged(command.Id);
        return updated;
    }
}
