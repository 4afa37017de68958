using CleanPlatform.Infrastructure.IntegrationTests.Logging;
using CleanPlatform.Infrastructure.Usage;

namespace CleanPlatform.Infrastructure.IntegrationTests.Usage;

public sealed class BufferedUsageMeterTests
{
    private const long Quota = 1_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    [Theory, MemberData(nameof(Providers))]
    public async Task FlushAsync_OrganizationGone_DropsItsCountsInsteadOfRetryingForever(string provider)
    {
        await using var database = await UsageDatabase.CreateAsync(provider, Ct);
        using var log = new CapturedLog();
        using var logging = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(log));
        var meter = database.NewNode(logging.CreateLogger<BufferedUsageMeter>());
        var gone = Guid.NewGuid();
        await meter.CountAsync(gone, Quota, database.Time.GetUtcNow(), Ct);
        await CountAsync(meter, database, 2);

        await meter.FlushAsync(Ct);
        await meter.FlushAsync(Ct);

        log.Lines.Should().NotContain(l => l.StartsWith(nameof(LogLevel.Warning), StringComparison.Ordinal)
                                           || l.StartsWith(nameof(LogLevel.Error), StringComparison.Ordinal),
            "a missing organization is not a failure to retry");
        (await database.WrittenAsync(Ct)).Should().Be(2, "the other organization's counts are written as usual");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CountAsync_BeforeAFlush_WritesNothing(string provider)
    {
        await using var database = await UsageDatabase.CreateAsync(provider, Ct);
        var meter = database.NewNode();

        for (var i = 0; i < 5; i++)
            (await meter.CountAsync(database.OrganizationId, Quota, database.Time.GetUtcNow(), Ct)).Allowed.Should().BeTrue();

        (await database.WrittenAsync(Ct)).Should().BeNull();
        (await meter.UsedAsync(database.OrganizationId, database.Time.GetUtcNow(), Ct)).Should().Be(5);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task FlushAsync_TwoBatches_AddsEachOnceToTheMonthsRow(string provider)
    {
        await using var database = await UsageDatabase.CreateAsync(provider, Ct);
        var meter = database.NewNode();
        await CountAsync(meter, database, 5);
        await meter.FlushAsync(Ct);
        await CountAsync(meter, database, 3);

        await meter.FlushAsync(Ct);
        await meter.FlushAsync(Ct);

        (await database.WrittenAsync(Ct)).Should().Be(8);
        (await meter.UsedAsync(database.OrganizationId, database.Time.GetUtcNow(), Ct)).Should().Be(8);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CountAsync_QuotaReachedWithPendingCounts_RefusesTheNextRequest(string provider)
    {
        await using var database = await UsageDatabase.CreateAsync(provider, Ct);
        var meter = database.NewNode();
        await CountAsync(meter, database, 2, quota: 3);
        await meter.FlushAsync(Ct);
        await CountAsync(meter, database, 1, quota: 3);

        var verdict = await meter.CountAsync(database.OrganizationId, 3, database.Time.GetUtcNow(), Ct);

        verdict.Allowed.Should().BeFalse();
        verdict.Used.Should().Be(3);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task FlushAsync_TwoNodes_EachSeesTheOthersCountsAfterItsFlush(string provider)
    {
        await using var database = await UsageDatabase.CreateAsync(provider, Ct);
        var nodeA = database.NewNode();
        var nodeB = database.NewNode();
        await CountAsync(nodeA, database, 4);
        await CountAsync(nodeB, database, 6);

        await nodeA.FlushAsync(Ct);
        await nodeB.FlushAsync(Ct);
        await nodeA.FlushAsync(Ct);

        (await database.WrittenAsync(Ct)).Should().Be(10);
        (await nodeA.UsedAsync(database.OrganizationId, database.Time.GetUtcNow(), Ct)).Should().Be(10);
        (await nodeB.UsedAsync(database.OrganizationId, database.Time.GetUtcNow(), Ct)).Should().Be(10);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task StopAsync_PendingCounts_AreWrittenBeforeTheHostStops(string provider)
    {
        await using var database = await UsageDatabase.CreateAsync(provider, Ct);
        var meter = database.NewNode();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Usage:FlushIntervalMilliseconds"] = "3600000" })
            .Build();
        using var flusher = new UsageFlusher(meter, database.NewKeyUses(), configuration);
        await flusher.StartAsync(Ct);
        await CountAsync(meter, database, 7);

        await flusher.StopAsync(Ct);

        (await database.WrittenAsync(Ct)).Should().Be(7);
    }

    private static async Task CountAsync(BufferedUsageMeter meter, UsageDatabase database, int requests, long quota = Quota)
    {
        for (var i = 0; i < requests; i++)
            (await meter.CountAsync(database.OrganizationId, quota, database.Time.GetUtcNow(), Ct)).Allowed.Should().BeTrue();
    }
}
