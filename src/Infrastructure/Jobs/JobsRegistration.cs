using CleanPlatform.Infrastructure.Callers;
using CleanPlatform.Infrastructure.Persistence;
using CleanPlatform.Infrastructure.Persistence.Quartz;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace CleanPlatform.Infrastructure.Jobs;

internal static class JobsRegistration
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = PersistenceRegistration.ProviderFrom(configuration);
        // Jobs act as named system callers (SystemWork), in scopes of their own.
        services.TryAddScoped<CallerSlot>();
        services.TryAddSingleton<SystemWork>();
        var onSchedule = configuration.GetValue("Jobs:RunOnSchedule", true);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "CleanPlatform";
                o.GenerateInstanceId = true;
            });
            q.AddCronJob<PurgeIdempotencyRecordsJob>(configuration, onSchedule, defaultCron: "0 17 * * * ?");
            q.AddCronJob<PurgeEndedInvitationsJob>(configuration, onSchedule, defaultCron: "0 41 3 * * ?");

            // SQLite is single-node: jobs live in memory. The server databases share one clustered store,
            // so with two API nodes each trigger fires on one of them only.
            if (provider == DatabaseProvider.Sqlite)
                return;
            var connectionString = PersistenceRegistration.ConnectionStringFrom(configuration, provider);
            q.UsePersistentStore(store =>
            {
                store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(
                    configuration.GetValue("Quartz:ClusterCheckinSeconds", 15)));
                // The tables come from our migrations (QuartzSchema), not from the scheduler.
                store.ConfigureStore(o => o.TablePrefix = provider == DatabaseProvider.Postgres
                    ? QuartzSchema.PostgresTablePrefix
                    : QuartzSchema.SqlServerTablePrefix);
                if (provider == DatabaseProvider.Postgres)
                    store.UsePostgres(connectionString);
                else
                    store.UseSqlServer(connectionString);
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>
    /// Registers a job under its name without "Job", firing on the cron schedule from
    /// <c>Jobs:&lt;Name&gt;:Cron</c> unless <paramref name="onSchedule"/> is off (then it runs only when
    /// triggered).
    /// </summary>
    private static void AddCronJob<TJob>(this IQuartzBuilder q, IConfiguration configuration, bool onSchedule,
        string defaultCron) where TJob : IJob
    {
        var name = typeof(TJob).Name.EndsWith("Job", StringComparison.Ordinal)
            ? typeof(TJob).Name[..^3]
            : typeof(TJob).Name;
        var cron = configuration[$"Jobs:{name}:Cron"] is { Length: > 0 } configured ? configured : defaultCron;
        var key = new JobKey(name);
        q.AddJob<TJob>(j => j.WithIdentity(key).StoreDurably());
        if (onSchedule)
            q.AddTrigger(t => t.ForJob(key).WithIdentity($"{name}.schedule").WithCronSchedule(cron));
    }
}
