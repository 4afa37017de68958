using System.Text.Json;
using System.Text.Json.Serialization;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.Common;

/// <summary>
/// Queues an event of the current organization for each of its enabled endpoints that wants its type: one body,
/// <c>{id, type, created, data}</c>, with one event id for every endpoint; the delivery job posts them. It runs in an
/// event handler's transaction, which also marks the event handled, so an event is queued once.
/// </summary>
public sealed class WebhookOutbox(IBillingDb db, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// Queues an event of <paramref name="type"/> carrying what <paramref name="read"/> returns (the object as it is
    /// now), read only when an endpoint wants it.
    /// </summary>
    public async Task QueueAsync(string type, Func<CancellationToken, Task<object>> read, CancellationToken ct)
    {
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.Enabled).ToListAsync(ct);
        var wanting = endpoints.Where(e => e.Wants(type)).ToList();
        if (wanting.Count == 0)
            return;
        ArgumentNullException.ThrowIfNull(read);
        var data = await read(ct);
        var now = time.GetUtcNow();
        var eventId = Guid.CreateVersion7(now);
        var payload = JsonSerializer.Serialize(
            new { id = $"evt_{eventId:N}", type, created = now.ToUnixTimeSeconds(), data }, Json);
        foreach (var endpoint in wanting)
            db.WebhookDeliveries.Add(WebhookDelivery.Queue(endpoint, eventId, type, payload, now));
        await db.SaveChangesAsync(ct);
    }
}
