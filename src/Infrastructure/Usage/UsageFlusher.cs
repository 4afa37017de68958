using Microsoft.Extensions.Hosting;

namespace CleanPlatform.Infrastructure.Usage;

/// <summary>
/// Writes the usage counts and API keys' last uses every <c>Usage:FlushIntervalMilliseconds</c> (1000 by
/// default) on the wall clock, and once more when the host stops, so a clean shutdown loses nothing.
/// </summary>
internal sealed class UsageFlusher(IUsageMeter meter, ApiKeyUses keyUses, IConfiguration configuration)
    : BackgroundService
{
    private TimeSpan Interval =>
        TimeSpan.FromMilliseconds(Math.Max(50, configuration.GetValue("Usage:FlushIntervalMilliseconds", 1000)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await meter.FlushAsync(stoppingToken);
                await keyUses.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await meter.FlushAsync(cancellationToken);
            await keyUses.FlushAsync(cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // Stopped twice at once (a test host is stopped by its factory while the app's RunAsync stops it
            // too): the other stop flushed, then disposed the services this one still reached for.
        }
    }
}
