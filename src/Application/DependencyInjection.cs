using CleanPlatform.Application.Common.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CleanPlatform.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);
        services.AddScoped<AuditScope>();
        services.AddScoped<SessionIssuer>();
        services.AddScoped<AfterCommit>();
        services.AddScoped<AccessChanges>();
        services.AddScoped<AuditedUpdates>();
        return services;
    }
}
