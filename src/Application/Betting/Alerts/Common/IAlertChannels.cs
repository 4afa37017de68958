using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Application.Betting.Alerts.Common;

/// <summary>Pushes an alert live to a member's open web apps (SignalR, every node).</summary>
public interface IAlertPush
{
    Task PushAsync(AlertRaised alert, CancellationToken ct);
}

/// <summary>Where a member's webhook posts: the decrypted URL, the format, Telegram's chat id, the signing secret.</summary>
public sealed record WebhookTarget(Uri Url, WebhookFormat Format, string? TelegramChatId, string? Secret)
{
    // A record prints every member; the URL (with a bot token) and the secret must not reach a log that way.
    public override string ToString() => $"{nameof(WebhookTarget)} {{ {Format} {Url.Host} }}";
}

/// <summary>Posts an alert to a webhook, with a timeout and a bounded retry; throws when it could not.</summary>
public interface IAlertWebhooks
{
    Task PostAsync(WebhookTarget target, AlertRaised alert, CancellationToken ct);
}
