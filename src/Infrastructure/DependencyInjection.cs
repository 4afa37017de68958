using CleanPlatform.Infrastructure.Betting;
using CleanPlatform.Infrastructure.Billing;
using CleanPlatform.Infrastructure.Email;
using CleanPlatform.Infrastructure.Health;
using CleanPlatform.Infrastructure.Jobs;
using CleanPlatform.Infrastructure.Observability;
using CleanPlatform.Infrastructure.Outbox;
using CleanPlatform.Infrastructure.Persistence.Seeding;
using CleanPlatform.Infrastructure.Platform;
using CleanPlatform.Infrastructure.Redis;
using CleanPlatform.Infrastructure.Secrets;
using CleanPlatform.Infrastructure.Usage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CleanPlatform.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The shared plumbing, then one line per module.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersistence(configuration);
        services.AddSecretProtection();
        services.AddOutbox(configuration);
        services.AddRedis(configuration);
        services.AddEmail(configuration);
        services.TryAddSingleton<IUsageMeter, BufferedUsageMeter>(); // unless Redis counts
        services.AddHostedService<UsageFlusher>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<PlatformAdminBootstrap>();
        services.AddScoped<DatabaseInitializer>();
        services.AddHostedService<BusinessMetricsExporter>();
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);

        services.AddIdentityModule(configuration);
        services.AddPlatformModule(configuration);
        services.AddBettingModule(configuration);
        services.AddBillingModule(configuration);

        // After the modules: the scheduler takes the jobs they registered.
        services.AddJobs(configuration);
        return services;
    }
}
