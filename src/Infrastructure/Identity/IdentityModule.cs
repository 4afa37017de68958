using CleanPlatform.Infrastructure.Identity.Jobs;
using CleanPlatform.Infrastructure.Jobs;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;

namespace CleanPlatform.Infrastructure.Identity;

/// <summary>The Identity module: users, organizations, plans, tokens, API keys, invitations.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IIdentityDb>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddUserStore(configuration);
        services.AddJwt(configuration);
        foreach (var plan in new[] { Plan.Free, Plan.Pro, Plan.Enterprise })
            services.Configure<PlanOptions>(plan, configuration.GetSection($"Plans:{plan}"));

        services.AddSingleton<ISecrets, Secrets>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<IUserAccessStore, UserAccessStore>();
        services.AddScoped<IApiKeyAuthenticator, ApiKeyAuthenticator>();
        services.AddSingleton<ApiKeyUses>();
        services.Configure<AccessStateOptions>(configuration.GetSection("AccessState"));
        services.AddSingleton<AccessStateCache>();
        services.AddSingleton<IAccessStateCache>(sp => sp.GetRequiredService<AccessStateCache>());

        services.AddScheduledJob<PurgeEndedInvitationsJob>(configuration, defaultCron: "0 41 3 * * ?");
        services.AddScheduledJob<PurgeExpiredRegistrationsJob>(configuration, defaultCron: "0 23 * * * ?");
        return services;
    }

    private static void AddUserStore(this IServiceCollection services, IConfiguration configuration) =>
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
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<AllOrganizationsUserStore>();

    private static void AddJwt(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JwtOptions>(configuration.GetSection("Jwt"));
        // Without a configured key tokens are signed with a random one: fine for one demo node, and
        // restarts log everyone out. Operators set Jwt:SigningKey (shared by all nodes).
        var fallbackKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        services.PostConfigure<JwtOptions>(o =>
        {
            if (string.IsNullOrWhiteSpace(o.SigningKey))
                o.SigningKey = fallbackKey;
        });
        services.AddSingleton<RememberedTokens>();
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
    }
}
