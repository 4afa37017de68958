using CleanPlatform.Infrastructure.Redis;

namespace CleanPlatform.Infrastructure.IntegrationTests.Redis;

public sealed class RedisRateCounterTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CountAsync_TwoNodesOnOneKey_CountOneWindowTogether()
    {
        await using var nodeA = RedisNode.On(RedisServer.Configuration);
        await using var nodeB = RedisNode.On(RedisServer.Configuration);
        var counters = new[] { new RedisRateCounter(nodeA.Connection), new RedisRateCounter(nodeB.Connection) };
        var key = $"user:{Guid.NewGuid():N}:5";
        var counts = new List<long>();

        for (var i = 0; i < 6; i++)
            counts.Add((await counters[i % 2].CountAsync(key, Minute, Ct))!.Count);

        counts.Should().Equal(1, 2, 3, 4, 5, 6);
    }

    [Fact]
    public async Task CountAsync_WithinTheWindow_SaysWhenItCloses()
    {
        await using var node = RedisNode.On(RedisServer.Configuration);
        var counter = new RedisRateCounter(node.Connection);
        var key = $"user:{Guid.NewGuid():N}:5";
        await counter.CountAsync(key, Minute, Ct);

        var second = await counter.CountAsync(key, Minute, Ct);

        second!.ResetsIn.Should().BeGreaterThan(Minute - TimeSpan.FromSeconds(5)).And.BeLessThanOrEqualTo(Minute);
    }

    [Fact]
    public async Task CountAsync_AfterTheWindowCloses_StartsAgainFromOne()
    {
        await using var node = RedisNode.On(RedisServer.Configuration);
        var counter = new RedisRateCounter(node.Connection);
        var key = $"user:{Guid.NewGuid():N}:5";
        var window = TimeSpan.FromMilliseconds(200);
        await counter.CountAsync(key, window, Ct);
        await counter.CountAsync(key, window, Ct);
        await Task.Delay(window * 2, Ct);

        var next = await counter.CountAsync(key, window, Ct);

        next!.Count.Should().Be(1);
    }

    [Fact]
    public async Task CountAsync_RedisUnreachable_ReturnsNullAndWarnsOnce()
    {
        await using var node = RedisNode.On(RedisServer.Unreachable());
        var counter = new RedisRateCounter(node.Connection);

        var first = await counter.CountAsync("user:away:5", Minute, Ct);
        var second = await counter.CountAsync("user:away:5", Minute, Ct);

        first.Should().BeNull();
        second.Should().BeNull();
        node.Log.Warnings.Should().ContainSingle().Which.Should().Contain("Redis is unreachable");
    }
}
