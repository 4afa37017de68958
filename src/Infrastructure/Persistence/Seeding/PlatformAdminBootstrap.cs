using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace CleanPlatform.Infrastructure.Persistence.Seeding;

/// <summary>
/// Creates the platform administrator named by <c>Platform:AdminEmail</c>, once, in an organization of its
/// own ("Platform operations"), so the operator is nobody's tenant Admin. The password is
/// <c>Platform:AdminPassword</c> when set; otherwise a random one is made and written to the log once.
/// </summary>
public sealed partial class PlatformAdminBootstrap(AppDbContext db, IIdentityService identity,
    UserManager<ApplicationUser> users, IConfiguration configuration, TimeProvider time,
    ILogger<PlatformAdminBootstrap> log)
{
    public const string OrganizationName = "Platform operations";

    public async Task EnsureAsync(CancellationToken ct)
    {
        var email = configuration["Platform:AdminEmail"]?.Trim();
        if (string.IsNullOrEmpty(email) || await users.FindByEmailAsync(email) is not null)
            return;

        var configured = configuration["Platform:AdminPassword"];
        var password = string.IsNullOrEmpty(configured)
            ? RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 24)
            : configured;
        var organization = Organization.Open(OrganizationName, Plan.Enterprise, time.GetUtcNow());
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(ct);
        await identity.CreateUserAsync(new NewUser(email, password, "Platform administrator", organization.Id,
            [Roles.Admin], IsPlatformAdmin: true), ct);

        if (string.IsNullOrEmpty(configured))
            LogCreatedWithPassword(log, email, password);
        else
            LogCreated(log, email);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Created the platform administrator {Email} with the password {Password}: sign in and change it now; it is not shown again")]
    private static partial void LogCreatedWithPassword(ILogger logger, string email, string password);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the platform administrator {Email}")]
    private static partial void LogCreated(ILogger logger, string email);
}
