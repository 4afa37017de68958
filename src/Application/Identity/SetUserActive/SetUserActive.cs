using CleanPlatform.Application.Common.Persistence;

namespace CleanPlatform.Application.Identity.SetUserActive;

/// <summary>
/// Deactivates a member (their next request is refused, whatever token or key it carries; their sessions
/// and API keys are revoked and stay revoked) or reactivates them (they log in again; old keys stay
/// dead). Admins cannot deactivate themselves.
/// </summary>
[Authorize(Roles.Admin, Interactive = true), Audited("User")]
public sealed record SetUserActive(Guid Id, bool Active) : ICommand<UserDto>, IHasId;

public sealed class SetUserActiveHandler(IIdentityDb db, IUserAccessStore store, IOrganizationLocks locks, ICurrentUser user,
    AccessChanges access, AuditScope audit, AuditedUpdates updates, TimeProvider time)
    : ICommandHandler<SetUserActive, UserDto>
{
    public async ValueTask<UserDto> Handle(SetUserActive command, CancellationToken cancellationToken)
    {
        var target = await db.Users.FindAdministeredLockedAsync(locks, command.Id, cancellationToken);
        UserAdministration.RefusalToSetActive(user.AsUserAdministrator(), target, command.Active)
            .ThrowIfAny(command.Id);

        await store.SetActiveAsync(command.Id, command.Active, cancellationToken);
        audit.TenantOrganizationId = target.OrganizationId;
        access.UserChanged(command.Id);
        if (!command.Active)
            await RevokeSessionsAndKeysAsync(command.Id, cancellationToken);
        return await db.Users.GetDtoAsync(command.Id, time.GetUtcNow(), cancellationToken);
    }

    // Access tokens die with the security stamp; everything long-lived is revoked for good.
    private async Task RevokeSessionsAndKeysAsync(Guid userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await db.RefreshTokens.Where(t => t.UserId == userId).RevokeAsync(updates, now, ct);
        var keys = db.ApiKeys.Where(k => k.UserId == userId && k.RevokedAt == null);
        foreach (var prefix in await keys.Select(k => k.Prefix).ToListAsync(ct))
            access.ApiKeyChanged(prefix);
        await updates.ExecuteAsync(keys, s => s.SetProperty(k => k.RevokedAt, now), ct);
    }
}
