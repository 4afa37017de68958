using StackExchange.Redis;

namespace CleanPlatform.Infrastructure.Redis;

// Subscribing to the channel, now or when Redis comes back.
internal sealed partial class AccessStateBackplane
{
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
}
