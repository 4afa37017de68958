using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Application.Betting.Alerts.DeliverAlerts;

/// <summary>
/// Posts an alert to the webhook of a member who chose one. The post has a timeout and a bounded retry; if it still
/// fails, this handler throws and the outbox tries it again later with backoff, without running the other channels
/// again (each is its own handler, marked done on its own).
/// </summary>
public sealed class PostAlertToWebhook(IBettingDb db, ISecretProtector protector, IAlertWebhooks webhooks) : IHandles<AlertRaised>
{
    public async Task HandleAsync(AlertRaised domainEvent, CancellationToken ct)
    {
        var preferences = await db.AlertPreferences.AsNoTracking()
            .SingleOrDefaultAsync(p => p.UserId == domainEvent.UserId && p.ByWebhook, ct);
        if (preferences?.ProtectedWebhookUrl is not { } protectedUrl
            || protector.Unprotect(AlertSecrets.WebhookUrlPurpose, protectedUrl) is not { } url)
            return;
        var secret = preferences.ProtectedWebhookSecret is { } s ? protector.Unprotect(AlertSecrets.WebhookSecretPurpose, s) : null;
        await webhooks.PostAsync(new WebhookTarget(new Uri(url), preferences.WebhookFormat, preferences.TelegramChatId, secret),
            domainEvent, ct);
    }
}
