using System.Security.Cryptography;
using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Alerts.UpdateAlertPreferences;

/// <summary>
/// Replaces the caller's own alert preferences (every member, Viewers included: they are personal). <paramref name="WebhookUrl"/>:
/// null keeps the stored URL, an empty string removes the webhook, anything else replaces it (stored encrypted). The
/// generic format's signing secret is made with its first URL, or anew when <paramref name="RotateWebhookSecret"/>, and
/// shown once in the response.
/// </summary>
[Authorize, Audited("AlertPreferences")]
public sealed record UpdateAlertPreferences(
    AlertThresholds Thresholds, bool Live, bool Email, bool Webhook, WebhookFormat WebhookFormat = WebhookFormat.Generic,
    string? WebhookUrl = null, string? TelegramChatId = null, bool RotateWebhookSecret = false)
    : ICommand<AlertPreferencesDto>
{
    // A record prints every member; a Telegram URL holds the bot's token and must not reach a log that way.
    public override string ToString() =>
        $"{nameof(UpdateAlertPreferences)} {{ Webhook = {Webhook}, WebhookUrl = {(WebhookUrl is null ? "kept" : "(hidden)")} }}";
}

public sealed class UpdateAlertPreferencesHandler(IBettingDb db, ISecretProtector protector, ICurrentUser user, TimeProvider time)
    : ICommandHandler<UpdateAlertPreferences, AlertPreferencesDto>
{
    public async ValueTask<AlertPreferencesDto> Handle(UpdateAlertPreferences command, CancellationToken cancellationToken)
    {
        var (userId, organizationId) = (user.RequireUserId(), user.RequireOrganizationId());
        var preferences = await db.PreferencesOfAsync(userId, cancellationToken);
        if (preferences is null)
        {
            preferences = AlertPreferences.Create(organizationId, userId, command.Thresholds, time.GetUtcNow());
            db.AlertPreferences.Add(preferences);
        }

        preferences.SetThresholds(command.Thresholds);
        var secret = ApplyWebhook(preferences, command);
        preferences.SetChannels(command.Live, command.Email, command.Webhook, user.Email ?? "");
        await db.SaveChangesAsync(cancellationToken);
        return AlertPreferencesDto.From(preferences, secret);
    }

    /// <summary>Applies the webhook part; returns a signing secret it made, to show once.</summary>
    private string? ApplyWebhook(AlertPreferences preferences, UpdateAlertPreferences command)
    {
        if (command.WebhookUrl == "")
        {
            preferences.RemoveWebhook();
            return null;
        }

        var url = command.WebhookUrl ?? (preferences.ProtectedWebhookUrl is { } stored
            ? protector.Unprotect(AlertSecrets.WebhookUrlPurpose, stored) : null);
        if (url is null)
            return null;
        preferences.SetWebhook(command.WebhookFormat, new Uri(url), protector.Protect(AlertSecrets.WebhookUrlPurpose, url),
            command.TelegramChatId);
        if (command.WebhookFormat != WebhookFormat.Generic || (preferences.ProtectedWebhookSecret is not null && !command.RotateWebhookSecret))
            return null;
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(AlertPreferencesDto.SecretLength / 2));
        preferences.SetWebhookSecret(protector.Protect(AlertSecrets.WebhookSecretPurpose, secret));
        return secret;
    }
}
