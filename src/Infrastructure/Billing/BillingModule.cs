using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Infrastructure.Billing.Seeding;
using CleanPlatform.Infrastructure.Persistence.Seeding;

namespace CleanPlatform.Infrastructure.Billing;

/// <summary>The Billing module: the plans the platform sells and their price revisions.</summary>
public static class BillingModule
{
    public static IServiceCollection AddBillingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IBillingDb>(sp => sp.GetRequiredService<AppDbContext>());
        services.Configure<CatalogueSeedOptions>(configuration.GetSection(CatalogueSeedOptions.Section));
        services.AddScoped<IModuleReferenceData, BillingCatalogueSeed>();
        return services;
    }
}
