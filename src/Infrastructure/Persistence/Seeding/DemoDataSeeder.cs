using Microsoft.AspNetCore.Identity;

namespace CleanPlatform.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo organization and one user per role (README lists them); none of them runs the platform; then each
/// module's demo data for it (<see cref="IModuleDemoData"/>). Runs once; later starts find them.
/// </summary>
public sealed partial class DemoDataSeeder(AppDbContext db, IIdentityService identity,
    UserManager<ApplicationUser> users, IEnumerable<IModuleDemoData> modules, TimeProvider time,
    ILogger<DemoDataSeeder> log)
{
    public const string Password = "Demo#2026pass";
    public const string OrganizationName = "Demo Advisory";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> Users =
    [
        ("admin@cleanplatform.test", "Ada Admin", Roles.Admin),
        ("advisor@cleanplatform.test", "Alex Advisor", Roles.Advisor),
        ("member@cleanplatform.test", "Morgan Member", Roles.Member),
        ("viewer@cleanplatform.test", "Vic Viewer", Roles.Viewer),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await users.FindByEmailAsync(Users[0].Email) is not null)
            return;

        var organization = Organization.Open(OrganizationName, Plan.Pro, time.GetUtcNow());
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(ct);
        foreach (var (email, name, role) in Users)
        {
            await identity.CreateUserAsync(
                new NewUser(email, Password, name, organization.Id, [role]), ct);
        }

        LogSeeded(log, Users.Count, OrganizationName);
        foreach (var module in modules)
            await module.SeedAsync(organization.Id, ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo users in {Organization}")]
    private static partial void LogSeeded(ILogger logger, int count, string organization);
}
