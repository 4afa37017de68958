using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Infrastructure.Betting.OddsApi;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;

namespace CleanPlatform.Infrastructure.Betting;

/// <summary>The Betting module: the sports catalogue, events, bookmakers and their prices.</summary>
public static class BettingModule
{
    public static IServiceCollection AddBettingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IBettingDb>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddOddsApi(configuration);
        return services;
    }
}
