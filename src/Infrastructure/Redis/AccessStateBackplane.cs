using CleanPlatform.Infrastructure.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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

    private async void SubscribeWhenBack(object? sender, ConnectionFailedEventArgs e)
    {
        if (sender is IConnectionMultiplexer multiplexer && await TrySubscribeAsync())
            multiplexer.ConnectionRestored -= SubscribeWhenBack;
    }

    private async Task<bool> TrySubscribeAsync()
    {
        try
        {
            await _subscriber!.SubscribeAsync(Channel, _onMessage);
            return true;
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            _connection.Unavailable(ex);
            return false;
        }
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

    // Synchronous on purpose: the eviction event is, and the response to a change (a deactivation) must not
    // leave before Redis has passed the eviction on. Evictions are rare; the call is one round trip.
    private void Publish(string key)
    {
        if (_subscriber is not { Multiplexer.IsConnected: true } subscriber)
        {
            _connection.Unavailable(null);
            return;
        }

        try
        {
            subscriber.Publish(Channel, $"{_node}|{key}");
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            _connection.Unavailable(ex);
        }
    }

    private void Apply(RedisValue message)
    {
        var text = message.ToString();
        var separator = text.IndexOf('|', StringComparison.Ordinal);
        if (separator <= 0 || text.AsSpan(0, separator).SequenceEqual(_node))
            return;
        _cache.ApplyRemoteEviction(text[(separator + 1)..]);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not unsubscribe from access evictions while stopping")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception exception);
}
