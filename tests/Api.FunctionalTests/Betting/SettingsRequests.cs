using System.Text.Json.Nodes;
using CleanPlatform.Application.Betting.Settings.Common;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>Betting settings as the SPA reads and sends them.</summary>
internal static class SettingsRequests
{
    public const string SettingsUrl = "/api/v1/betting/settings";

    /// <summary>A full update at <paramref name="version"/>: a 500 EUR bankroll, λ 0.5, two regions, one sport, no spread agent.</summary>
    public static JsonObject Update(int version) => new()
    {
        ["version"] = version,
        ["initialBankroll"] = new JsonObject { ["amount"] = 500m, ["currency"] = "EUR" },
        ["kellyFraction"] = 0.5m,
        ["minimumEdge"] = 0.03m,
        ["maxBetShare"] = 0.04m,
        ["maxOpenShare"] = 0.2m,
        ["collectionIntervalMinutes"] = 15,
        ["requestsReserve"] = 100,
        ["regions"] = new JsonArray("uk", "eu"),
        ["sportKeys"] = new JsonArray("soccer_epl"),
        ["agents"] = new JsonObject { ["anomaly"] = true, ["spread"] = false, ["pattern"] = true, ["backtest"] = true },
        ["alerts"] = new JsonObject { ["opportunityEdge"] = 0.08m, ["lineMovePercent"] = 12.5m, ["kickOffReminderMinutes"] = 45 },
    };

    public static Task<HttpResponseMessage> PutSettingsAsync(this HttpClient client, JsonObject body, CancellationToken ct) =>
        client.PutAsJsonAsync(SettingsUrl, body, ct);

    public static async Task<BettingSettingsDto> SaveSettingsAsync(this HttpClient client, JsonObject body, CancellationToken ct) =>
        await (await client.PutSettingsAsync(body, ct)).ShouldBeAsync<BettingSettingsDto>(HttpStatusCode.OK);

    public static async Task<BettingSettingsDto> ReadSettingsAsync(this HttpClient client, CancellationToken ct) =>
        await (await client.GetAsync(SettingsUrl, ct)).ShouldBeAsync<BettingSettingsDto>(HttpStatusCode.OK);
}
