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
        var endpoints = await EndpointsAsync(due, ct);
        var results = new WebhookPostResult[due.Count];
        await Parallel.ForAsync(0, due.Count,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = ct },
            async (i, token) => results[i] = await PostAsync(endpoints[due[i].EndpointId], due[i], token));
        var attemptedAt = time.GetUtcNow();
        var deliveries = due.ToDictionary(d => d.Id);
        for (var i = 0; i < due.Count; i++)
        {
            if (!deliveries.TryGetValue(due[i].Id, out var delivery) || delivery.Status != WebhookDeliveryStatus.Pending)
                continue;
            if (delivery.Attempted(results[i].StatusCode, results[i].Error, attemptedAt, (Random.Shared.NextDouble() * 2) - 1)
                && endpoints.TryGetValue(delivery.EndpointId, out var endpoint))
                endpoint.Gone(attemptedAt);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Replayed, changed or deleted meanwhile: what the admin did stands, and this attempt is not recorded.
                // The others' rows are read again, as they are now.
                LogChangedMeanwhile(log, delivery.Id);
                db.ChangeTracker.Clear();
                var rest = due.Skip(i + 1).Select(d => d.Id).ToList();
                deliveries = await db.WebhookDeliveries.AsTracking().Where(d => rest.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
                endpoints = await EndpointsAsync(deliveries.Values, ct);
            }
        }

        return due.Count;
    }

    private Task<Dictionary<Guid, WebhookEndpoint>> EndpointsAsync(IEnumerable<WebhookDelivery> deliveries, CancellationToken ct)
    {
        var endpointIds = deliveries.Select(d => d.EndpointId).Distinct().ToList();
        return db.WebhookEndpoints.AsTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} changed while it was posted; its attempt is not recorded")]
    private static partial void LogChangedMeanwhile(ILogger logger, Guid deliveryId);
}
