using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Infrastructure.Betting.Alerts;

/// <summary>
/// Posts alerts in the member's format: generic JSON signed with HMAC-SHA256 over the exact body
/// (<c>X-CleanPlatform-Signature: sha256=&lt;hex&gt;</c>), Telegram's <c>{ chat_id, text }</c> or Discord's
/// <c>{ content }</c>. The client's resilience handler bounds the time and the retries; a refusal throws.
/// </summary>
internal sealed class AlertWebhookSender(HttpClient http) : IAlertWebhooks
{
    public const string SignatureHeader = "X-CleanPlatform-Signature";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task PostAsync(WebhookTarget target, AlertRaised alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(alert);
        var body = target.Format switch
        {
            WebhookFormat.Telegram => JsonSerializer.Serialize(new { chat_id = target.TelegramChatId, text = alert.Message }),
            WebhookFormat.Discord => JsonSerializer.Serialize(new { content = alert.Message }),
            _ => JsonSerializer.Serialize(new
            {
                id = alert.AlertId,
                kind = alert.Kind,
                message = alert.Message,
                occurredAt = alert.OccurredAt,
            }, Json),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (target.Format == WebhookFormat.Generic && target.Secret is { } secret)
            request.Headers.Add(SignatureHeader, Signature(secret, body));
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The {target.Format} webhook at {target.Url.Host} answered {(int)response.StatusCode}.",
                null, response.StatusCode);
    }

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static string Signature(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}
