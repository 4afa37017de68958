using System.Text;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Domain.Billing.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Webhooks.DeliverWebhooks;

/// <summary>
/// One run of the delivery job, across organizations: the due deliveries of enabled endpoints, oldest due first, up to
/// <see cref="WebhookDeliveryOptions.BatchSize"/>, posted several at once and each signed now with the endpoint's
/// secrets (both during a rollover). Each attempt is then saved on its own: a delivery replayed meanwhile keeps the
/// replay. An answer of 410 disables the endpoint.
/// </summary>
public sealed partial class WebhookDeliveryRun(
    IBillingDb db, IWebhookPoster poster, ISecretProtector protector, IOptions<WebhookDeliveryOptions> options,
    TimeProvider time, ILogger<WebhookDeliveryRun> log)
{
    /// <summary>Posts what is due; returns how many attempts were made.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await db.WebhookDeliveries.AsTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now
                && db.WebhookEndpoints.Any(e => e.Id == d.EndpointId && e.Enabled))
            .OrderBy(d => d.NextAttemptAt).Take(options.Value.BatchSize).ToListAsync(ct);
        if (due.Count == 0)
            return 0;
        var endpointIds = due.Select(d => d.EndpointId).Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.AsTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var results = new WebhookPostResult[due.Count];
        await Parallel.ForAsync(0, due.Count,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = ct },
            async (i, token) => results[i] = await PostAsync(endpoints[due[i].EndpointId], due[i], token));
        var attemptedAt = time.GetUtcNow();
        for (var i = 0; i < due.Count; i++)
            await SaveAttemptAsync(due[i], endpoints[due[i].EndpointId], results[i], attemptedAt, ct);
        return due.Count;
    }

    private async Task<WebhookPostResult> PostAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var secrets = endpoint.SigningSecrets(now).Select(s => protector.Unprotect(WebhookSecrets.Purpose, s))
            .OfType<string>().ToList();
        if (secrets.Count == 0)
            return new WebhookPostResult(null, "The endpoint's secret can no longer be read: rotate it.");
        var signature = WebhookSignature.Header(secrets, now, Encoding.UTF8.GetBytes(delivery.Payload));
        return await poster.PostAsync(new Uri(endpoint.Url), delivery.Payload, signature, ct);
    }

    private async Task SaveAttemptAsync(WebhookDelivery delivery, WebhookEndpoint endpoint, WebhookPostResult result,
        DateTimeOffset now, CancellationToken ct)
    {
        if (delivery.Attempted(result.StatusCode, result.Error, now, (Random.Shared.NextDouble() * 2) - 1))
            endpoint.Gone(now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Replayed, changed or deleted meanwhile: what the admin did stands; this attempt is not recorded.
            LogChangedMeanwhile(log, delivery.Id);
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList())
                entry.State = EntityState.Detached;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} changed while it was posted; its attempt is not recorded")]
    private static partial void LogChangedMeanwhile(ILogger logger, Guid deliveryId);
}
