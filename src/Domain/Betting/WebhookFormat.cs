namespace CleanPlatform.Domain.Betting;

/// <summary>How an alert is posted to a member's webhook.</summary>
public enum WebhookFormat
{
    /// <summary>JSON <c>{ kind, message, … }</c>, signed with HMAC-SHA256 in <c>X-CleanPlatform-Signature</c>.</summary>
    Generic,

    /// <summary>Telegram's <c>sendMessage</c>: <c>{ chat_id, text }</c>.</summary>
    Telegram,

    /// <summary>A Discord webhook: <c>{ content }</c>.</summary>
    Discord,
}
