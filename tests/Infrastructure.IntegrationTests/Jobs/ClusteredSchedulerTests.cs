using System.Collections.Concurrent;
using CleanPlatform.Infrastructure.Persistence;
using CleanPlatform.Infrastructure.Persistence.Design;
using CleanPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CleanPlatform.Infrastructure.IntegrationTests.Jobs;

/// <summary>Two API nodes share one PostgreSQL job store: a trigger must fire on one of them only.</summary>
public sealed class ClusteredSchedulerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OneShotTrigger_TwoNodesOnOneDatabase_FiresOnce()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("quartz_cluster", Ct);
        await using (var context = new PostgresAppDbContext(
            new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options, SystemCaller.Instance))
            await context.Database.MigrateAsync(Ct);
        var run = Guid.NewGuid().ToString("N");
        using var nodeA = await StartNodeAsync(connectionString, "node-a");
        using var nodeB = await StartNodeAsync(connectionString, "node-b");

        var scheduler = await nodeA.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        var job = JobBuilder.Create<CountingJob>().WithIdentity($"count-{run}").UsingJobData("run", run).Build();
        await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build(), cancellationToken: Ct);
        await WaitUntilAsync(() => CountingJob.Fired(run) >= 1, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);

        CountingJob.Fired(run).Should().Be(1);
        await nodeA.StopAsync(Ct);
        await nodeB.StopAsync(Ct);
    }

    private static async Task<IHost> StartNodeAsync(string connectionString, string instanceId)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "CleanPlatform";
                o.InstanceId = instanceId;
                o.IdleWaitTime = TimeSpan.FromSeconds(1);
            });
            q.UsePersistentStore(store =>
            {
                store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(2));
                store.ConfigureStore(o => o.TablePrefix = "qrtz_");
                store.UsePostgres(connectionString);
            });
        });
        builder.Services.AddQuartzHostedService();
        var host = builder.Build();
        await host.StartAsync(Ct);
        return host;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
            await Task.Delay(100, Ct);
    }

    public sealed class CountingJob : IJob
    {
        private static readonly ConcurrentDictionary<string, int> Counts = new();

        public static int Fired(string run) => Counts.GetValueOrDefault(run);

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Counts.AddOrUpdate(context.MergedJobDataMap.GetString("run")!, 1, (_, n) => n + 1);
            return ValueTask.CompletedTask;
        }
    }
}
