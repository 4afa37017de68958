using CleanPlatform.Application.Common.Exceptions;
using Microsoft.AspNetCore.Identity;

namespace CleanPlatform.Infrastructure.Identity;

// Passwords and lockout: checking one at log-in or before a change, and changing it.
internal sealed partial class IdentityService
{
    private static readonly ApplicationUser DummyUser = new();
    private static readonly string DummyHash =
        new PasswordHasher<ApplicationUser>().HashPassword(DummyUser, "no account has this password");

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

    public async Task<string> HashNewPasswordAsync(string email, string password, string field, CancellationToken ct)
    {
        var future = new ApplicationUser { UserName = email.Trim(), Email = email.Trim() };
        return await HashValidPasswordAsync(future, password, field);
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

    public async Task ChangePasswordAsync(Guid userId, string newPassword, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);
        // The current password was verified already (VerifyPasswordAsync): hashing it a second time, as
        // UserManager.ChangePasswordAsync would, only costs another key derivation.
        user.PasswordHash = await HashValidPasswordAsync(user, newPassword, "newPassword");
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed("newPassword");
    }

    /// <summary>Checks a new password against Identity's rules (a weak one is a validation error on <paramref name="field"/>), then hashes it.</summary>
    private async Task<string> HashValidPasswordAsync(ApplicationUser user, string password, string field)
    {
        foreach (var validator in users.PasswordValidators)
            (await validator.ValidateAsync(users, user, password)).ThrowIfFailed(field);
        return users.PasswordHasher.HashPassword(user, password);
    }

    private static UnauthorizedException InvalidCredentials() =>
        new("auth.invalid_credentials",
            "E-mail or password is wrong, or the account is locked for a while after too many failed log-ins.");
}
