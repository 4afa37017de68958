using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Identity;

internal sealed class IdentityService(UserManager<ApplicationUser> users, AppDbContext db, TimeProvider time)
    : IIdentityService
{
    private static readonly ApplicationUser DummyUser = new();
    private static readonly string DummyHash =
        new PasswordHasher<ApplicationUser>().HashPassword(DummyUser, "no account has this password");

    public async Task<UserAccount> CreateUserAsync(NewUser user, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(user.Email) is not null)
            throw new ConflictException("user.email_taken", "An account with this e-mail already exists.");

        var created = new ApplicationUser
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            UserName = user.Email,
            Email = user.Email,
            DisplayName = user.DisplayName,
            OrganizationId = user.OrganizationId,
            IsPlatformAdmin = user.IsPlatformAdmin,
            CreatedAt = time.GetUtcNow(),
        };
        try
        {
            ThrowIfFailed(await users.CreateAsync(created, user.Password), "password");
        }
        catch (DbUpdateException)
        {
            // Lost a race with a concurrent registration of the same e-mail: the unique index decided.
            throw new ConflictException("user.email_taken", "An account with this e-mail already exists.");
        }

        ThrowIfFailed(await users.AddToRolesAsync(created, user.Roles), "roles");
        return ToAccount(created, [.. user.Roles]);
    }

    public async Task<UserAccount> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Spend the time a real check takes, so the answer's timing does not tell whether the e-mail exists.
            users.PasswordHasher.VerifyHashedPassword(DummyUser, DummyHash, password);
            throw InvalidCredentials();
        }

        // A locked-out account gets the same answer as a wrong password: it must not confirm the e-mail.
        if (await users.IsLockedOutAsync(user))
            throw InvalidCredentials();
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            throw InvalidCredentials();
        }

        await users.ResetAccessFailedCountAsync(user);
        return ToAccount(user, [.. await users.GetRolesAsync(user)]);
    }

    public async Task<bool> IsMemberAsync(string email, Guid organizationId, CancellationToken ct) =>
        await users.FindByEmailAsync(email) is { } user && user.OrganizationId == organizationId;

    public async Task<IReadOnlyDictionary<Guid, string>> EmailsOfAsync(IReadOnlyCollection<Guid> userIds,
        CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Email ?? "", ct);

    public async Task<UserAccount?> FindByIdAsync(Guid userId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is null ? null : ToAccount(user, [.. await users.GetRolesAsync(user)]);
    }

    public async Task VerifyPasswordAsync(Guid userId, string password, string field, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);
        if (await users.IsLockedOutAsync(user))
            throw new ForbiddenException("Too many wrong passwords: the account is locked for a while. Try again later.");
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            throw new ValidationException(field, "The current password is wrong.");
        }

        await users.ResetAccessFailedCountAsync(user);
    }

    public async Task ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);
        ThrowIfFailed(await users.ChangePasswordAsync(user, currentPassword, newPassword), "newPassword");
    }

    public async Task<UserDto> SetActiveAsync(Guid userId, Guid? organizationId, bool active, CancellationToken ct)
    {
        var user = await FindInOrganizationAsync(userId, organizationId);
        user.DeactivatedAt = active ? null : time.GetUtcNow();
        ThrowIfFailed(await users.SetLockoutEnabledAsync(user, true), "lockout");
        ThrowIfFailed(await users.SetLockoutEndDateAsync(user, active ? null : DateTimeOffset.MaxValue), "lockout");
        if (active)
            ThrowIfFailed(await users.ResetAccessFailedCountAsync(user), "lockout");
        else
            ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "lockout"); // tokens issued before stay dead
        return await ToDtoAsync(user, [.. await users.GetRolesAsync(user)], ct);
    }

    public async Task<UserDto> SetRolesAsync(Guid userId, Guid? organizationId, IReadOnlyCollection<string> roles,
        CancellationToken ct)
    {
        var user = await FindInOrganizationAsync(userId, organizationId);
        var current = await users.GetRolesAsync(user);
        ThrowIfFailed(await users.RemoveFromRolesAsync(user, current.Except(roles, StringComparer.Ordinal)), "roles");
        ThrowIfFailed(await users.AddToRolesAsync(user, roles.Except(current, StringComparer.Ordinal)), "roles");
        return await ToDtoAsync(user, roles, ct);
    }

    private async Task<ApplicationUser> FindInOrganizationAsync(Guid userId, Guid? organizationId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || (organizationId is { } org && user.OrganizationId != org))
            throw new NotFoundException("User", userId);
        // organizationId is null only for the platform admin: nobody else may change the operator's account.
        return user.IsPlatformAdmin && organizationId is not null
            ? throw new ForbiddenException("Only the platform administrator can change this account.")
            : user;
    }

    private async Task<UserDto> ToDtoAsync(ApplicationUser user, IEnumerable<string> roles, CancellationToken ct)
    {
        var organizationName = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == user.OrganizationId)
            .Select(o => o.Name).SingleAsync(ct);
        return new UserDto(user.Id, user.Email ?? "", user.DisplayName, [.. roles.Order(StringComparer.Ordinal)],
            user.OrganizationId, organizationName, user.LockoutEnd > time.GetUtcNow(), user.CreatedAt);
    }

    private static UserAccount ToAccount(ApplicationUser user, IReadOnlyList<string> roles) =>
        new(user.Id, user.Email ?? "", user.DisplayName, user.OrganizationId, user.IsPlatformAdmin, roles,
            IsActive: user.DeactivatedAt is null, SecurityStamp: user.SecurityStamp ?? "");

    private static UnauthorizedException InvalidCredentials() =>
        new("auth.invalid_credentials",
            "E-mail or password is wrong, or the account is locked for a while after too many failed log-ins.");

    private static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (!result.Succeeded)
            throw new ValidationException(result.Errors.Select(e =>
                new FluentValidation.Results.ValidationFailure(FieldOf(e, field), e.Description)));
    }

    // Identity reports user-name and e-mail problems with its own codes; they belong to the e-mail field.
    private static string FieldOf(IdentityError error, string fallback) =>
        error.Code.Contains("UserName", StringComparison.Ordinal) || error.Code.Contains("Email", StringComparison.Ordinal)
            ? "email"
            : fallback;
}
