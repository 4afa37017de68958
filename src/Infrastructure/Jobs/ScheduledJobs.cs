using Quartz;

namespace CleanPlatform.Infrastructure.Jobs;

/// <summary>
/// The jobs the modules registered, in order, for <see cref="JobsRegistration.AddJobs"/> to hand to the scheduler.
/// Modules register theirs before the scheduler is added: a job registered after it would never run, so that
/// throws.
/// </summary>
public static class ScheduledJobs
{
    /// <summary>
    /// Registers a module's job under its name without "Job", firing on the cron schedule from
    /// <c>Jobs:&lt;Name&gt;:Cron</c> (or <paramref name="defaultCron"/>), unless <c>Jobs:RunOnSchedule</c> is
    /// false: then it runs only when triggered.
    /// </summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services,
        IConfiguration configuration, string defaultCron) where TJob : IJob
    {
        var registry = RegistryOf(services);
        if (registry.Sealed)
            throw new InvalidOperationException(
                $"{typeof(TJob).Name} was registered after the scheduler: add the modules before AddJobs.");
        var name = NameOf<TJob>();
        var cron = configuration[$"Jobs:{name}:Cron"] is { Length: > 0 } configured ? configured : defaultCron;
        registry.Jobs.Add(new ScheduledJob(typeof(TJob), name, cron, configuration.GetValue("Jobs:RunOnSchedule", true)));
        return services;
    }

    /// <summary>The name a job is registered, configured and triggered under: its type's, without "Job".</summary>
    public static string NameOf<TJob>() where TJob : IJob =>
        typeof(TJob).Name.EndsWith("Job", StringComparison.Ordinal) ? typeof(TJob).Name[..^3] : typeof(TJob).Name;

    internal static Registry RegistryOf(IServiceCollection services)
    {
        if (services.Select(d => d.ImplementationInstance).OfType<Registry>().SingleOrDefault() is { } existing)
            return existing;
        var registry = new Registry();
        services.AddSingleton(registry);
        return registry;
    }

    internal sealed record ScheduledJob(Type JobType, string Name, string Cron, bool OnSchedule);

    internal sealed class Registry
    {
        public List<ScheduledJob> Jobs { get; } = [];

        /// <summary>Set once the scheduler took the list.</summary>
        public bool Sealed { get; set; }
    }
}
