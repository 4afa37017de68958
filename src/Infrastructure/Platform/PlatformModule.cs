using CleanPlatform.Application.Platform.Common;
using CleanPlatform.Infrastructure.Jobs;
using CleanPlatform.Infrastructure.Platform.Jobs;

namespace CleanPlatform.Infrastructure.Platform;

/// <summary>The Platform module: the audit trail and idempotent requests.</summary>
public static class PlatformModule
{
    public static IServiceCollection AddPlatformModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IPlatformDb>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddScheduledJob<PurgeIdempotencyRecordsJob>(configuration, defaultCron: "0 17 * * * ?");
        return services;
    }
}
