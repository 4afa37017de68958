using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Alerts.Common;

/// <summary>
/// A member's alert preferences. The webhook's URL and signing secret are never returned: only whether they are set, a
/// hint of the URL, and the secret once, in the response of the save that made it (<see cref="WebhookSecret"/>).
/// </summary>
public sealed record AlertPreferencesDto(
    AlertThresholds Thresholds, bool Live, bool Email, bool Webhook, WebhookFormat WebhookFormat, bool WebhookUrlSet,
    string? WebhookUrlHint, string? TelegramChatId, bool WebhookSecretSet, string? WebhookSecret, int Version,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>A signing secret's length: 32 random bytes in hex.</summary>
    public const int SecretLength = 64;

    /// <summary>The stored preferences, with a secret just made (null otherwise).</summary>
    public static AlertPreferencesDto From(AlertPreferences p, string? newSecret = null) =>
        new(p.Thresholds, p.Live, p.ByEmail, p.ByWebhook, p.WebhookFormat, p.ProtectedWebhookUrl is not null,
            p.WebhookUrlHint, p.TelegramChatId, p.ProtectedWebhookSecret is not null, newSecret, p.Version, p.UpdatedAt);

    /// <summary>What a member who never saved any has: the organization's thresholds, live alerts only.</summary>
    public static AlertPreferencesDto Defaults(AlertThresholds thresholds) =>
        new(thresholds, true, false, false, WebhookFormat.Generic, false, null, null, false, null, 0, null);
}
