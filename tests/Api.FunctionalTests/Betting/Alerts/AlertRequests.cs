using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Domain.Common;
using CleanPlatform.Infrastructure.Outbox;

namespace CleanPlatform.Api.FunctionalTests.Betting.Alerts;

/// <summary>Alert preferences as the SPA reads and sends them, and events raised as Betting raises them.</summary>
internal static class AlertRequests
{
    public const string Url = "/api/v1/betting/alert-preferences";

    /// <summary>Preferences at the default thresholds, live only, with <paramref name="changes"/> applied.</summary>
    public static JsonObject Preferences(string changes = "") => new JsonObject
    {
        ["thresholds"] = new JsonObject { ["opportunityEdge"] = 0.10m, ["lineMovePercent"] = 10m, ["kickOffReminderMinutes"] = 30 },
        ["live"] = true,
        ["email"] = false,
        ["webhook"] = false,
    }.With(changes);

    public static Task<HttpResponseMessage> PutPreferencesAsync(this HttpClient client, JsonObject body, CancellationToken ct) =>
        client.PutAsJsonAsync(Url, body, ct);

    public static async Task<AlertPreferencesDto> SavePreferencesAsync(this HttpClient client, JsonObject body, CancellationToken ct) =>
        await (await client.PutPreferencesAsync(body, ct)).ShouldBeAsync<AlertPreferencesDto>(HttpStatusCode.OK);

    public static async Task<AlertPreferencesDto> ReadPreferencesAsync(this HttpClient client, CancellationToken ct) =>
        await (await client.GetAsync(Url, ct)).ShouldBeAsync<AlertPreferencesDto>(HttpStatusCode.OK);

    /// <summary>Writes <paramref name="domainEvent"/> to the outbox, as the change that raised it would.</summary>
    public static Task RaiseAsync(this ApiFactory api, IDomainEvent domainEvent) =>
        api.InDatabaseAsync(db =>
        {
            db.OutboxMessages.Add(OutboxMessage.Of(domainEvent, api.Time.GetUtcNow()));
            return db.SaveChangesAsync();
        });

    /// <summary>The generic format's signature of <paramref name="body"/>.</summary>
    public static string Signature(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}
