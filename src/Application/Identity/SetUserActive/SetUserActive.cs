using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Application.Common.Persistence;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Application.Identity.SetUserActive;

/// <summary>
/// Deactivates a member (their next request is refused, whatever token or key it carries; their sessions
/// and API keys are revoked and stay revoked) or reactivates them (they log in again; old keys stay
/// dead). Admins cannot deactivate themselves.
/// </summary>
[Authorize(Roles.Admin, Interactive = true), Audited("User")]
public sealed record SetUserActive(Guid Id, bool Active) : ICommand<UserDto>, IHasId;

public sealed class SetUserActiveHandler(IIdentityDb db, IIdentityService identity, ICurrentUser user,
    AccessChanges access, AuditScope audit, AuditedUpdates updates, TimeProvider time) : ICommandHandler<SetUserActive, UserDto>
{
    public async ValueTask<UserDto> Handle(SetUserActive command, CancellationToken cancellationToken)
    {
        if (command.Id == user.UserId && !command.Active)
            throw new ConflictException("user.self_deactivation", "You cannot deactivate your own account.");

        var updated = await identity.SetActiveAsync(command.Id,
            user.IsPlatformAdmin ? null : user.RequireOrganizationId(), command.Active, cancellationToken);
        audit.TenantOrganizationId = updated.OrganizationId;
        access.UserChanged(command.Id);
        if (!command.Active)
        {
            // Access tokens die with the security stamp; everything long-lived is revoked for good.
            var now = time.GetUtcNow();
            await db.RefreshTokens.Where(t => t.UserId == command.Id).RevokeAsync(updates, now, cancellationToken);
            var keys = db.ApiKeys.Where(k => k.UserId == command.Id && k.RevokedAt == null);
            foreach (var prefix in await keys.Select(k => k.Prefix).ToListAsync(cancellationToken))
                access.ApiKeyChanged(prefix);
            await updates.ExecuteAsync(keys, s => s.SetProperty(k => k.RevokedAt, now), cancellationToken);
        }

        return updated;
    }
}
