using StackExchange.Redis;

namespace CleanPlatform.Infrastructure.Redis;

// The messages: this node's evictions out, other nodes' evictions in.
internal sealed partial class AccessStateBackplane
{
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
}
