using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Health;
using CleanPlatform.Infrastructure.Identity;
using CleanPlatform.Infrastructure.Jobs;
using CleanPlatform.Infrastructure.Observability;
using CleanPlatform.Infrastructure.Outbox;
using CleanPlatform.Infrastructure.Persistence;
using CleanPlatform.Infrastructure.Persistence.Seeding;
using CleanPlatform.Infrastructure.Platform;
using CleanPlatform.Infrastructure.Redis;
using CleanPlatform.Infrastructure.Usage;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersistence(configuration);
        services.AddJobs(configuration);
        services.AddOutbox(configuration);

        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // User names are e-mails: whatever the validator accepts (o'brien@…, +tags) is allowed.
                o.User.AllowedUserNameCharacters = "";
                // Length over composition rules (NIST SP 800-63B); the validator says the same.
                o.Password.RequiredLength = IdentityRules.PasswordMinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Identity:MaxFailedLogins", 5);
                o.Lockout.DefaultLockoutTimeSpan =
                    TimeSpan.FromMinutes(configuration.GetValue("Identity:LockoutMinutes", 15));
            })
            .AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<AppDbContext>();

        services.Configure<JwtOptions>(configuration.GetSection("Jwt"));
        // Without a configured key tokens are signed with a random one: fine for one demo node, and
        // restarts log everyone out. Operators set Jwt:SigningKey (shared by all nodes).
        var fallbackKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        services.PostConfigure<JwtOptions>(o =>
        {
            if (string.IsNullOrWhiteSpace(o.SigningKey))
                o.SigningKey = fallbackKey;
        });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureJwtBearer>();
        services.AddOptions<JwtOptions>()
            .Validate(o => System.Text.Encoding.UTF8.GetByteCount(o.SigningKey) >= JwtOptions.MinimumKeyBytes,
                $"Jwt:SigningKey must be at least {JwtOptions.MinimumKeyBytes} bytes.")
            .ValidateOnStart();
        // Server databases mean several nodes may share users: they must sign with one configured key.
        if (PersistenceRegistration.ProviderFrom(configuration) != DatabaseProvider.Sqlite
            && string.IsNullOrWhiteSpace(configuration["Jwt:SigningKey"]))
            throw new InvalidOperationException(
                "Jwt:SigningKey is required with PostgreSQL or SQL Server (every node must share it).");
        foreach (var plan in new[] { Plan.Free, Plan.Pro, Plan.Enterprise })
            services.Configure<PlanOptions>(plan, configuration.GetSection($"Plans:{plan}"));

        services.AddSingleton<ISecrets, Secrets>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<IApiKeyAuthenticator, ApiKeyAuthenticator>();
        services.AddSingleton<ApiKeyUses>();
        services.Configure<AccessStateOptions>(configuration.GetSection("AccessState"));
        services.AddSingleton<AccessStateCache>();
        services.AddSingleton<IAccessStateCache>(sp => sp.GetRequiredService<AccessStateCache>());
        services.AddRedis(configuration);
        services.TryAddSingleton<IUsageMeter, BufferedUsageMeter>(); // unless Redis counts
        services.AddHostedService<UsageFlusher>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<PlatformAdminBootstrap>();
        services.AddScoped<DatabaseInitializer>();

        services.AddHostedService<BusinessMetricsExporter>();
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);
        return services;
    }
}
