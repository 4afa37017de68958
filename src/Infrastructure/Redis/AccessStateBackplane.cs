using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace CleanPlatform.Infrastructure.Redis;

/// <summary>
/// Carries the access cache's evictions between nodes over Redis pub/sub: each local eviction is published with
/// this node's id, and every other node applies it at once. A message published while Redis is away is lost;
/// the other nodes then see the change when their entry expires (<c>AccessState:CacheSeconds</c>).
/// </summary>
internal sealed partial class AccessStateBackplane : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("cp:access-evictions");

    private readonly AccessStateCache _cache;
    private readonly RedisConnection _connection;
    private readonly ILogger<AccessStateBackplane> _log;
    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly Action<RedisChannel, RedisValue> _onMessage;
    private ISubscriber? _subscriber;

    public AccessStateBackplane(AccessStateCache cache, RedisConnection connection, ILogger<AccessStateBackplane> log)
    {
        _cache = cache;
        _connection = connection;
        _log = log;
        _onMessage = (_, message) => Apply(message);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await _connection.MultiplexerAsync(cancellationToken);
        _subscriber = multiplexer.GetSubscriber();
        _cache.Evicted += Publish;
        if (await TrySubscribeAsync())
            return;
        // Redis was away at start-up: subscribe when it comes (the multiplexer keeps a subscription it made).
        multiplexer.ConnectionRestored += SubscribeWhenBack;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _cache.Evicted -= Publish;
        if (_subscriber is null)
            return;
        try
        {
            await _subscriber.UnsubscribeAsync(Channel, _onMessage);
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex) || ex is ObjectDisposedException)
        {
            LogUnsubscribeFailed(_log, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not unsubscribe from access evictions while stopping")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception exception);
}
