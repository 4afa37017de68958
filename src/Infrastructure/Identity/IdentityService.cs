using CleanPlatform.Application.Common.Exceptions;
using Microsoft.AspNetCore.Identity;

namespace CleanPlatform.Infrastructure.Identity;

// Accounts: creating one and finding them. Passwords are in IdentityService.Passwords.cs.
internal sealed partial class IdentityService(UserManager<ApplicationUser> users, AppDbContext db, TimeProvider time)
    : IIdentityService
{
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
            if (user.PasswordHash is { } hash)
                created.PasswordHash = hash;
            (await (user.PasswordHash is null ? users.CreateAsync(created, user.Password) : users.CreateAsync(created)))
                .ThrowIfFailed("password");
        }
        catch (DbUpdateException)
        {
            // Lost a race with a concurrent registration of the same e-mail: the unique index decided.
            throw new ConflictException("user.email_taken", "An account with this e-mail already exists.");
        }

        (await users.AddToRolesAsync(created, user.Roles)).ThrowIfFailed("roles");
        return ToAccount(created, [.. user.Roles]);
    }

    public async Task<bool> HasAccountAsync(string email, CancellationToken ct) =>
        await users.FindByEmailAsync(email.Trim()) is not null;

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

    private static UserAccount ToAccount(ApplicationUser user, IReadOnlyList<string> roles) =>
        new(user.Id, user.Email ?? "", user.DisplayName, user.OrganizationId, user.IsPlatformAdmin, roles,
            IsActive: user.DeactivatedAt is null, SecurityStamp: user.SecurityStamp ?? "");
}
