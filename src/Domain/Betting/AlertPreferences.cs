namespace CleanPlatform.Domain.Betting;

/// <summary>
/// One member's alerts: the thresholds they are alerted at (starting from the organization's) and the channels they are
/// alerted through besides the in-app notification: live in the web app, e-mail, a webhook. The webhook's URL may hold a
/// token (Telegram's) and its signing secret is a credential: both are kept only encrypted, with a hint of the URL.
/// </summary>
public sealed class AlertPreferences : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>Longest URL accepted.</summary>
    public const int UrlMaxLength = 500;

    /// <summary>Longest encrypted value stored (a URL of <see cref="UrlMaxLength"/> protected and base64-encoded fits).</summary>
    public const int ProtectedMaxLength = 2048;

    /// <summary>Longest hint of the URL (its scheme and host).</summary>
    public const int HintMaxLength = 300;

    /// <summary>Longest Telegram chat id (a number, or <c>@channel</c>).</summary>
    public const int ChatIdMaxLength = 64;

    /// <summary>Longest e-mail address kept.</summary>
    public const int EmailMaxLength = 256;

    private AlertPreferences() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>The member whose preferences these are.</summary>
    public Guid UserId { get; private set; }

    /// <summary>Where e-mail alerts go: the member's address when they saved.</summary>
    public string Email { get; private set; } = "";

    public decimal OpportunityEdge { get; private set; }

    public decimal LineMovePercent { get; private set; }

    public int KickOffReminderMinutes { get; private set; }

    /// <summary>The member's thresholds.</summary>
    public AlertThresholds Thresholds => new(OpportunityEdge, LineMovePercent, KickOffReminderMinutes);

    /// <summary>Live alerts in the web app (and browser notifications where the member allows them).</summary>
    public bool Live { get; private set; }

    public bool ByEmail { get; private set; }

    public bool ByWebhook { get; private set; }

    public WebhookFormat WebhookFormat { get; private set; }

    /// <summary>The webhook's URL, encrypted; null when none is set.</summary>
    public string? ProtectedWebhookUrl { get; private set; }

    /// <summary>The URL's scheme and host, for recognizing it.</summary>
    public string? WebhookUrlHint { get; private set; }

    /// <summary>Telegram's chat id, for the Telegram format.</summary>
    public string? TelegramChatId { get; private set; }

    /// <summary>The generic format's signing secret, encrypted.</summary>
    public string? ProtectedWebhookSecret { get; private set; }

    /// <summary>Preferences of <paramref name="userId"/>, starting from the organization's <paramref name="thresholds"/>, live only.</summary>
    public static AlertPreferences Create(Guid organizationId, Guid userId, AlertThresholds thresholds, DateTimeOffset now)
    {
        var preferences = new AlertPreferences
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            UserId = userId,
            CreatedAt = now,
            Live = true,
        };
        preferences.SetThresholds(thresholds);
        return preferences;
    }

    /// <exception cref="DomainException"><c>betting_settings.alert_out_of_range</c>.</exception>
    public void SetThresholds(AlertThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var kept = thresholds.Checked();
        (OpportunityEdge, LineMovePercent, KickOffReminderMinutes) =
            (kept.OpportunityEdge, kept.LineMovePercent, kept.KickOffReminderMinutes);
    }

    /// <summary>Chooses the channels; e-mail goes to <paramref name="email"/>.</summary>
    /// <exception cref="DomainException"><c>alert_preferences.webhook_missing</c> when the webhook is chosen without a URL.</exception>
    public void SetChannels(bool live, bool byEmail, bool byWebhook, string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(email.Length, EmailMaxLength);
        if (byWebhook && ProtectedWebhookUrl is null)
            throw new DomainException("alert_preferences.webhook_missing", "Give a webhook URL to be alerted through it.");
        (Live, ByEmail, ByWebhook, Email) = (live, byEmail, byWebhook, email);
    }

    /// <summary>Keeps a webhook: its URL already encrypted, the plain URL's hint, the format and Telegram's chat id.</summary>
    /// <exception cref="DomainException"><c>alert_preferences.webhook_url_refused</c>, <c>alert_preferences.chat_id_missing</c>.</exception>
    public void SetWebhook(WebhookFormat format, Uri url, string protectedUrl, string? telegramChatId)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedUrl);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(protectedUrl.Length, ProtectedMaxLength);
        if (!AlertRules.WebhookUrlAllowed(url))
            throw new DomainException("alert_preferences.webhook_url_refused", "A webhook URL is HTTPS (plain HTTP only to loopback).");
        if (format == WebhookFormat.Telegram && string.IsNullOrWhiteSpace(telegramChatId))
            throw new DomainException("alert_preferences.chat_id_missing", "Telegram needs the chat id to post to.");
        var hint = $"{url.Scheme}://{url.Authority}/…";
        (WebhookFormat, ProtectedWebhookUrl, WebhookUrlHint) = (format, protectedUrl, hint[..Math.Min(hint.Length, HintMaxLength)]);
        TelegramChatId = format == WebhookFormat.Telegram ? telegramChatId : null;
    }

    /// <summary>Keeps a new signing secret, already encrypted.</summary>
    public void SetWebhookSecret(string protectedSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedSecret);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(protectedSecret.Length, ProtectedMaxLength);
        ProtectedWebhookSecret = protectedSecret;
    }

    /// <summary>Forgets the webhook and stops alerting through it.</summary>
    public void RemoveWebhook() =>
        (ByWebhook, ProtectedWebhookUrl, WebhookUrlHint, TelegramChatId, ProtectedWebhookSecret) = (false, null, null, null, null);
}
