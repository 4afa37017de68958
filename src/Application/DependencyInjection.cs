using CleanPlatform.Application.Common.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CleanPlatform.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Validators hold no state and depend on singletons only (TimeProvider, read when validating), so one of
        // each serves every request: building one, rules and all, was about 3% of a list request's CPU.
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton,
            includeInternalTypes: true);
        services.AddScoped<AuditScope>();
        services.AddScoped<SessionIssuer>();
        services.AddScoped<AfterCommit>();
        services.AddScoped<AccessChanges>();
        services.AddScoped<AuditedUpdates>();
        return services;
    }
}
