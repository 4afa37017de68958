using CleanPlatform.Application.Common.Exceptions;
using Microsoft.AspNetCore.Identity;

namespace CleanPlatform.Infrastructure.Identity;

internal sealed class UserAccessStore(UserManager<ApplicationUser> users, TimeProvider time) : IUserAccessStore
{
    public async Task SetActiveAsync(Guid userId, bool active, CancellationToken ct)
    {
        var user = await FindAsync(userId);
        user.DeactivatedAt = active ? null : time.GetUtcNow();
        (await users.SetLockoutEnabledAsync(user, true)).ThrowIfFailed("lockout");
        (await users.SetLockoutEndDateAsync(user, active ? null : DateTimeOffset.MaxValue)).ThrowIfFailed("lockout");
        if (active)
            (await users.ResetAccessFailedCountAsync(user)).ThrowIfFailed("lockout");
        else
            (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed("lockout"); // tokens issued before stay dead
    }

    public async Task SetRolesAsync(Guid userId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var user = await FindAsync(userId);
        var current = await users.GetRolesAsync(user);
        (await users.RemoveFromRolesAsync(user, current.Except(roles, StringComparer.Ordinal))).ThrowIfFailed("roles");
        (await users.AddToRolesAsync(user, roles.Except(current, StringComparer.Ordinal))).ThrowIfFailed("roles");
    }

    private async Task<ApplicationUser> FindAsync(Guid userId) =>
        await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);
}
