using CleanPlatform.Infrastructure.IntegrationTests.Usage;
using CleanPlatform.Infrastructure.Redis;
using StackExchange.Redis;

namespace CleanPlatform.Infrastructure.IntegrationTests.Redis;

public sealed class RedisUsageMeterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CountAsync_TwoNodesAlternating_AdmitExactlyTheQuota()
    {
        await using var database = await UsageDatabase.CreateAsync("Postgres", Ct);
        await using var redisA = RedisNode.On(RedisServer.Configuration);
        await using var redisB = RedisNode.On(RedisServer.Configuration);
        var nodes = new[] { Meter(database, redisA), Meter(database, redisB) };

        var verdicts = new List<bool>();
        for (var i = 0; i < 10; i++)
            verdicts.Add((await nodes[i % 2].CountAsync(database.OrganizationId, 7, database.Time.GetUtcNow(), Ct)).Allowed);

        verdicts.Should().Equal(true, true, true, true, true, true, true, false, false, false);
        (await nodes[1].UsedAsync(database.OrganizationId, database.Time.GetUtcNow(), Ct)).Should().Be(7);
    }

    [Fact]
    public async Task FlushAsync_TwoNodes_WriteWhatEachAdmittedOnce()
    {
        await using var database = await UsageDatabase.CreateAsync("Postgres", Ct);
        await using var redisA = RedisNode.On(RedisServer.Configuration);
        await using var redisB = RedisNode.On(RedisServer.Configuration);
        var nodeA = Meter(database, redisA);
        var nodeB = Meter(database, redisB);
        await CountAsync(nodeA, database, 4);
        await CountAsync(nodeB, database, 3);

        await nodeA.FlushAsync(Ct);
        await nodeB.FlushAsync(Ct);
        await nodeA.FlushAsync(Ct);

        (await database.WrittenAsync(Ct)).Should().Be(7);
        (await nodeA.UsedAsync(database.OrganizationId, database.Time.GetUtcNow(), Ct)).Should().Be(7);
    }

    [Fact]
    public async Task CountAsync_NoKeyYet_StartsFromTheDatabaseTotal()
    {
        await using var database = await UsageDatabase.CreateAsync("Postgres", Ct);
        var before = database.NewNode();
        for (var i = 0; i < 5; i++)
            await before.CountAsync(database.OrganizationId, 1_000, database.Time.GetUtcNow(), Ct);
        await before.FlushAsync(Ct);
        await using var redis = RedisNode.On(RedisServer.Configuration);

        var verdict = await Meter(database, redis).CountAsync(database.OrganizationId, 1_000, database.Time.GetUtcNow(), Ct);

        verdict.Used.Should().Be(6);
    }

    [Fact]
    public async Task CountAsync_NewKey_ExpiresAWeekAfterItsMonth()
    {
        await using var database = await UsageDatabase.CreateAsync("Postgres", Ct);
        await using var redis = RedisNode.On(RedisServer.Configuration);
        var now = database.Time.GetUtcNow();
        var period = UsagePeriod.Containing(now);

        await Meter(database, redis).CountAsync(database.OrganizationId, 1_000, now, Ct);

        await using var raw = await ConnectionMultiplexer.ConnectAsync(RedisServer.Configuration);
        var timeToLive = await raw.GetDatabase().KeyTimeToLiveAsync(RedisUsageMeter.Key(database.OrganizationId, period));
        timeToLive.Should().BeCloseTo(period.End - now + TimeSpan.FromDays(7), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task CountAsync_RedisUnreachable_CountsOnTheNodeAndTheFlushWritesIt()
    {
        await using var database = await UsageDatabase.CreateAsync("Postgres", Ct);
        await using var away = RedisNode.On(RedisServer.Unreachable());
        var node = Meter(database, away);

        var verdicts = new List<bool>();
        for (var i = 0; i < 4; i++)
            verdicts.Add((await node.CountAsync(database.OrganizationId, 3, database.Time.GetUtcNow(), Ct)).Allowed);
        await node.FlushAsync(Ct);

        verdicts.Should().Equal(true, true, true, false);
        (await database.WrittenAsync(Ct)).Should().Be(3);
        away.Log.Warnings.Should().ContainSingle().Which.Should().Contain("Redis is unreachable");
    }

    [Fact]
    public async Task FlushAsync_AfterAnotherNodeCountedWithoutRedis_RaisesTheSharedCountToTheDatabaseTotal()
    {
        await using var database = await UsageDatabase.CreateAsync("Postgres", Ct);
        await using var redis = RedisNode.On(RedisServer.Configuration);
        await using var away = RedisNode.On(RedisServer.Unreachable());
        var shared = Meter(database, redis);
        var cutOff = Meter(database, away);
        await CountAsync(shared, database, 2);
        await CountAsync(cutOff, database, 3);
        await cutOff.FlushAsync(Ct);

        await shared.FlushAsync(Ct);

        (await database.WrittenAsync(Ct)).Should().Be(5);
        (await shared.CountAsync(database.OrganizationId, 6, database.Time.GetUtcNow(), Ct)).Should()
            .BeEquivalentTo(new { Allowed = true, Used = 6L });
        (await shared.CountAsync(database.OrganizationId, 6, database.Time.GetUtcNow(), Ct)).Allowed.Should().BeFalse();
    }

    private static RedisUsageMeter Meter(UsageDatabase database, RedisNode redis) =>
        new(database.NewNode(), redis.Connection, database.Time);

    private static async Task CountAsync(RedisUsageMeter meter, UsageDatabase database, int requests)
    {
        for (var i = 0; i < requests; i++)
            (await meter.CountAsync(database.OrganizationId, 1_000, database.Time.GetUtcNow(), Ct)).Allowed.Should().BeTrue();
    }
}
