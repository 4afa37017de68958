using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting;

namespace CleanPlatform.Infrastructure.Secrets;

/// <summary>
/// Touches the Data Protection key ring every hour, outside any request. Data Protection makes the next key two days
/// before the current one expires, on whichever call first finds the ring due: left to requests, that could be a
/// command whose transaction holds SQLite's write lock, and the key ring's own write would then wait on it and fail.
/// Here it is made in the background, days ahead.
/// </summary>
internal sealed partial class KeyRingRefresher(IDataProtectionProvider provider, TimeProvider time, ILogger<KeyRingRefresher> log)
    : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var protector = provider.CreateProtector("CleanPlatform.KeyRingRefresh");
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                protector.Protect([]);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRefreshFailed(log, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the Data Protection key ring failed; the next hour tries again")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
