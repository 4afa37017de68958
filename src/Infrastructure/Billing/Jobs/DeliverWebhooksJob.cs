using CleanPlatform.Application.Billing.Webhooks.DeliverWebhooks;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Billing.Jobs;

/// <summary>Posts the outgoing webhooks that are due (<see cref="WebhookDeliveryRun"/>), across organizations.</summary>
[DisallowConcurrentExecution]
public sealed class DeliverWebhooksJob(SystemWork work, ILogger<DeliverWebhooksJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var attempts = await work.AcrossOrganizationsAsync("DeliverWebhooks", (services, ct) =>
            services.GetRequiredService<WebhookDeliveryRun>().RunAsync(ct), cancellationToken);
        if (attempts > 0)
            JobLog.Done(log, "DeliverWebhooks", attempts);
    }
}
