using Quartz;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>Running a production job on demand, as the scheduler would.</summary>
internal static class ScheduledJobRuns
{
    /// <summary>Triggers job <paramref name="name"/> through the production scheduler and waits until <paramref name="pending"/> is false.</summary>
    public static async Task RunJobAsync(this ApiFactory api, string name, Func<Task<bool>> pending, CancellationToken ct)
    {
        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        await scheduler.TriggerJob(new JobKey(name), ct);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await pending() && DateTime.UtcNow < deadline)
            await Task.Delay(50, ct);
        (await pending()).Should().BeFalse($"the {name} job should have done its work within 30 s");
    }
}
