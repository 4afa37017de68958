using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Application.Identity.SetUserActive;

/// <summary>
/// Deactivates a member (they can no longer log in; their sessions and API keys are revoked at once) or
/// reactivates them. Admins cannot deactivate themselves.
/// </summary>
[Authorize(Roles.Admin), Audited("User")]
public sealed record SetUserActive(Guid Id, bool Active) : ICommand<UserDto>, IHasId;

public sealed class SetUserActiveHandler(IAppDbContext db, IIdentityService identity, ICurrentUser user,
    TimeProvider time) : ICommandHandler<SetUserActive, UserDto>
{
    public async ValueTask<UserDto> Handle(SetUserActive command, CancellationToken cancellationToken)
    {
        if (command.Id == user.UserId && !command.Active)
            throw new ConflictException("user.self_deactivation", "You cannot deactivate your own account.");

        var updated = await identity.SetActiveAsync(command.Id,
            user.IsPlatformAdmin ? null : user.RequireOrganizationId(), command.Active, cancellationToken);
        if (!command.Active)
        {
            // Access tokens still run out on their own (minutes); everything long-lived goes now.
            var now = time.GetUtcNow();
            await db.RefreshTokens.Where(t => t.UserId == command.Id).RevokeAsync(now, cancellationToken);
            await db.ApiKeys.Where(k => k.UserId == command.Id && k.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), cancellationToken);
        }

        return updated;
    }
}
