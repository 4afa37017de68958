using CleanPlatform.Infrastructure.Persistence.Quartz;
using Quartz;

namespace CleanPlatform.Infrastructure.Jobs;

/// <summary>
/// The scheduler: its store, its cluster, and the jobs the modules registered with
/// <see cref="ScheduledJobs.AddScheduledJob{TJob}"/> before it.
/// </summary>
internal static class JobsRegistration
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = PersistenceRegistration.ProviderFrom(configuration);
        // Jobs act as named system callers (SystemWork), in scopes of their own.
        services.AddSystemWork();
        var registry = ScheduledJobs.RegistryOf(services);
        registry.Sealed = true;
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "CleanPlatform";
                o.GenerateInstanceId = true;
            });
            foreach (var job in registry.Jobs)
            {
                var key = new JobKey(job.Name);
                q.AddJob(job.JobType, j => j.WithIdentity(key).StoreDurably());
                if (job.OnSchedule)
                    q.AddTrigger(t => t.ForJob(key).WithIdentity($"{job.Name}.schedule").WithCronSchedule(job.Cron));
            }

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
}
