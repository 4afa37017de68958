using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.ImportFootballData;
using CleanPlatform.Application.Betting.Settings.Common;
using CleanPlatform.Application.Betting.Studies.BacktestRuns;
using CleanPlatform.Infrastructure.Betting.Alerts;
using CleanPlatform.Infrastructure.Betting.FootballData;
using CleanPlatform.Infrastructure.Betting.Jobs;
using CleanPlatform.Infrastructure.Betting.OddsApi;
using CleanPlatform.Infrastructure.Betting.Persistence;
using CleanPlatform.Infrastructure.Betting.Seeding;
using CleanPlatform.Infrastructure.Jobs;
using CleanPlatform.Infrastructure.Persistence;
using CleanPlatform.Infrastructure.Persistence.Seeding;
using Microsoft.Extensions.Configuration;

namespace CleanPlatform.Infrastructure.Betting;

/// <summary>The Betting module: the sports catalogue, events, bookmakers and their prices, bets, and the jobs that settle and close them.</summary>
public static class BettingModule
{
    public static IServiceCollection AddBettingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IBettingDb>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddOddsApi(configuration);
        services.AddScoped<IOddsApiKeys, OddsApiKeys>();
        services.AddSingleton<IFootballDataReader, FootballDataReader>();
        services.Configure<BettingDemoOptions>(configuration.GetSection(BettingDemoOptions.Section));
        services.AddScoped<IModuleDemoData, BettingDemoData>();
        services.AddScheduledJob<SettleBetsJob>(configuration, defaultCron: "0 15 6,18 * * ?");
        services.AddScheduledJob<RecordClosingLinesJob>(configuration, defaultCron: "0 45 */6 * * ?");
        services.AddScheduledJob<RunAgentsJob>(configuration, defaultCron: "0 5/15 * * * ?");
        services.AddScheduledJob<CollectOddsJob>(configuration, defaultCron: "0 0/5 * * * ?");
        services.AddScheduledJob<RunBacktestsJob>(configuration, defaultCron: "30 * * * * ?");
        services.AddScoped<IBacktestRunner, QuartzBacktestRunner>();
        services.AddOptions<BacktestRunOptions>().Bind(configuration.GetSection(BacktestRunOptions.Section))
            .Validate(o => o.InlineMatches >= 0 && o.ChunkMatches >= 1, "Betting:Backtests needs InlineMatches >= 0 and ChunkMatches >= 1.")
            .ValidateOnStart();
        services.AddAlerts(configuration);
        switch (PersistenceRegistration.ProviderFrom(configuration))
        {
            case DatabaseProvider.Postgres:
                services.AddScoped<IOddsSnapshotWriter, PostgresOddsSnapshotWriter>();
                services.AddScoped<IBetSettlementWriter, PostgresBetSettlementWriter>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddScoped<IOddsSnapshotWriter, SqlServerOddsSnapshotWriter>();
                services.AddScoped<IBetSettlementWriter, BatchedBetSettlementWriter>();
                break;
            default:
                services.AddScoped<IOddsSnapshotWriter, SqliteOddsSnapshotWriter>();
                services.AddScoped<IBetSettlementWriter, BatchedBetSettlementWriter>();
                break;
        }

        return services;
    }
}
