using Quartz;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>Running a production job on demand, as the scheduler would.</summary>
internal static class ScheduledJobRuns
{
    /// <summary>
    /// Triggers job <paramref name="name"/> through the production scheduler, waits until <paramref name="pending"/> is
    /// false, then until the run has ended: a job visits every organization with work (earlier tests' too), and a run
    /// still going would touch what the next test counts.
    /// </summary>
    public static async Task RunJobAsync(this ApiFactory api, string name, Func<Task<bool>> pending, CancellationToken ct)
    {
        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        var key = new JobKey(name);
        var ended = new RunEnded($"{name}-{Guid.NewGuid():N}", key);
        scheduler.ListenerManager.AddJobListener(ended);
        try
        {
            await scheduler.TriggerJob(key, ct);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (await pending() && DateTime.UtcNow < deadline)
                await Task.Delay(50, ct);
            (await pending()).Should().BeFalse($"the {name} job should have done its work within 30 s");
            (await Task.WhenAny(ended.Run, Task.Delay(deadline - DateTime.UtcNow, ct)))
                .Should().BeSameAs(ended.Run, $"the {name} job's run should have ended within 30 s");
        }
        finally
        {
            scheduler.ListenerManager.RemoveJobListener(ended.Name);
        }
    }

    /// <summary>Completes once a run of the job it listens to has ended.</summary>
    private sealed class RunEnded(string name, JobKey job) : IJobListener
    {
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name { get; } = name;

        public Task Run => _ended.Task;

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
            ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
            ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException,
            CancellationToken cancellationToken = default)
        {
            if (context.JobDetail.Key.Equals(job))
                _ended.TrySetResult();
            return ValueTask.CompletedTask;
        }
    }
}
