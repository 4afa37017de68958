using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace CleanPlatform.Infrastructure.Health;

internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return scheduler.Status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"Scheduler {scheduler.SchedulerName} is running.")
            : HealthCheckResult.Unhealthy($"Scheduler {scheduler.SchedulerName} is {scheduler.Status}.");
    }
}
