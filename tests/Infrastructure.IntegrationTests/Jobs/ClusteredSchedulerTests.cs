using System.Collections.Concurrent;
using AwesomeAssertions.Execution;
using CleanPlatform.Infrastructure.Jobs;
using CleanPlatform.Infrastructure.Platform;
using Mediator;
using Microsoft.Extensions.Hosting;
using NSubstitute;
using Quartz;

namespace CleanPlatform.Infrastructure.IntegrationTests.Jobs;

/// <summary>
/// Two API nodes wired as production wires them (<see cref="JobsRegistration.AddJobs"/> and the Platform
/// module's jobs) share one PostgreSQL job store: each firing of the production schedule runs on one of them only.
/// </summary>
public sealed class ClusteredSchedulerTests
{
    private const int FiringsToWatch = 5;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PurgeSchedule_TwoNodesOnOneDatabase_FiresEachTimeOnOneNodeOnly()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("quartz_cluster", Ct);
        await using (var context = new PostgresAppDbContext(
            new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options)
        { Caller = SystemCaller.Instance })
            await context.Database.MigrateAsync(Ct);
        var firings = new Firings();
        var sender = Substitute.For<ISender>();
        var (nodeA, schedulerA) = await StartNodeAsync(connectionString, firings, sender);
        var (nodeB, schedulerB) = await StartNodeAsync(connectionString, firings, sender);
        using (nodeA)
        using (nodeB)
        {
            // A node starting re-stores the schedule (the configured cron wins), which can hand the firing under way
            // on the other node back to it once; the claim is about both nodes running, so watch firings after that.
            var bothRunning = DateTimeOffset.UtcNow.AddSeconds(2);
            await WaitUntilAsync(() => firings.After(bothRunning).Count() >= FiringsToWatch, TimeSpan.FromSeconds(60));
            var clustered = new[] { (await schedulerA.GetMetadata(Ct)).JobStoreClustered, (await schedulerB.GetMetadata(Ct)).JobStoreClustered };
            await Task.WhenAll(nodeA.StopAsync(Ct), nodeB.StopAsync(Ct));

            using var _ = new AssertionScope();
            firings.After(bothRunning).Where(t => t.Value.Count > 1).Select(t => $"{t.Key:HH:mm:ss} on {string.Join(" and ", t.Value)}")
                .Should().BeEmpty("no firing runs on both nodes");
            firings.After(bothRunning).Should().HaveCountGreaterThanOrEqualTo(FiringsToWatch);
            sender.ReceivedCalls().Should().HaveCount(firings.Times.Sum(t => t.Value.Count), "each run sends one purge");
            clustered.Should().AllSatisfy(c => c.Should().BeTrue("the production store is clustered on PostgreSQL"));
            schedulerA.SchedulerInstanceId.Should().NotBe(schedulerB.SchedulerInstanceId, "each node is its own cluster member");
        }
    }

    /// <summary>A node: the production job registration on the given database, firing the purge every second.</summary>
    private static async Task<(IHost Host, IScheduler Scheduler)> StartNodeAsync(string connectionString, Firings firings,
        ISender sender)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Default"] = connectionString,
            ["Jobs:PurgeIdempotencyRecords:Cron"] = "* * * * * ?",
        });
        builder.Services.AddPlatformModule(builder.Configuration).AddJobs(builder.Configuration);
        builder.Services.AddSingleton(sender);
        var host = builder.Build();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        scheduler.ListenerManager.AddJobListener(firings);
        await host.StartAsync(Ct);
        return (host, scheduler);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
            await Task.Delay(100, Ct);
    }

    /// <summary>Which nodes ran each scheduled firing of any job.</summary>
    private sealed class Firings : IJobListener
    {
        public ConcurrentDictionary<DateTimeOffset, ConcurrentBag<string>> Times { get; } = new();

        public string Name => nameof(Firings);

        public IEnumerable<KeyValuePair<DateTimeOffset, ConcurrentBag<string>>> After(DateTimeOffset time) =>
            Times.Where(t => t.Key >= time);

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            Times.GetOrAdd(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, _ => [])
                .Add(context.Scheduler.SchedulerInstanceId);
            return ValueTask.CompletedTask;
        }

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
            ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException,
            CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
