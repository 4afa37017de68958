using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;

namespace CleanPlatform.Infrastructure.Persistence.Seeding;

/// <summary>
/// Applies migrations when configured, makes the reference data (roles, plans, each module's) match configuration,
/// creates the platform administrator when named, and loads demo data only when asked for (and, in
/// Production, only when forced with <c>Seed:AllowDemoDataInProduction</c>).
/// </summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db, RoleManager<ApplicationRole> roles, IOptionsMonitor<PlanOptions> plans,
    IConfiguration configuration, IHostEnvironment environment, PlatformAdminBootstrap platformAdmin,
    DemoDataSeeder demo, IEnumerable<IModuleReferenceData> moduleData, ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        if (configuration.GetValue("Database:MigrateOnStartup", false))
        {
            LogMigrating(log, db.Database.ProviderName ?? "?");
            await db.Database.MigrateAsync(ct);
        }

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new ApplicationRole(role));
        }

        await SeedPlansAsync(ct);
        foreach (var module in moduleData)
            await module.EnsureAsync(ct);
        await platformAdmin.EnsureAsync(ct);
        if (!configuration.GetValue("Seed:DemoData", false))
            return;
        if (environment.IsProduction() && !configuration.GetValue("Seed:AllowDemoDataInProduction", false))
        {
            LogDemoRefused(log);
            return;
        }

        await demo.SeedAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Seed:DemoData is set but this is Production: no demo data (set Seed:AllowDemoDataInProduction to force it)")]
    private static partial void LogDemoRefused(ILogger logger);

    private async Task SeedPlansAsync(CancellationToken ct)
    {
        var existing = await db.Plans.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, ct);
        foreach (var code in new[] { Plan.Free, Plan.Pro, Plan.Enterprise })
        {
            var size = plans.Get(code);
            if (existing.TryGetValue(code, out var plan))
                plan.Resize(size.RequestsPerMinute, size.MonthlyQuota);
            else
                db.Plans.Add(Plan.Define(code, size.RequestsPerMinute, size.MonthlyQuota));
        }

        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying migrations ({Provider})")]
    private static partial void LogMigrating(ILogger logger, string provider);
}
