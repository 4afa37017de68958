using CleanPlatform.Infrastructure.Redis;
using StackExchange.Redis;

namespace CleanPlatform.Infrastructure.IntegrationTests.Redis;

/// <summary>A node's connection to Redis (or to where Redis is not), and the warnings it logged.</summary>
internal sealed class RedisNode : IAsyncDisposable
{
    private RedisNode(string configuration)
    {
        Connection = new RedisConnection(ConfigurationOptions.Parse(configuration), Log);
    }

    public WarningLog<RedisConnection> Log { get; } = new();

    public RedisConnection Connection { get; }

    public static RedisNode On(string configuration) => new(configuration);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
