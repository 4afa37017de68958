namespace CleanPlatform.Domain.Billing.Webhooks;

/// <summary>
/// A URL of the organization's to which the platform posts its events, signed (billing.md §6): the event types it
/// wants (none named means all), its signing secret (kept encrypted by the caller; a rotation keeps the previous one
/// valid for <see cref="Rollover"/>, and each post is signed with both meanwhile), and whether it is enabled (an
/// answer of 410 Gone disables it).
/// </summary>
public sealed class WebhookEndpoint : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>Longest URL accepted.</summary>
    public const int UrlMaxLength = 2048;

    /// <summary>Longest description.</summary>
    public const int DescriptionMaxLength = 200;

    /// <summary>Longest reason the platform gives for disabling an endpoint.</summary>
    public const int DisabledReasonMaxLength = 200;

    /// <summary>The most endpoints an organization registers.</summary>
    public const int MaxPerOrganization = 16;

    /// <summary>How long the previous secret still signs after a rotation.</summary>
    public static readonly TimeSpan Rollover = TimeSpan.FromHours(24);

    private List<string> _eventTypes = [];

    private WebhookEndpoint() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public string Url { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>The event types posted; empty for every type.</summary>
    public IReadOnlyList<string> EventTypes
    {
        get => _eventTypes;
        private set => _eventTypes = [.. value];
    }

    /// <summary>The signing secret, as the caller protected it.</summary>
    public string ProtectedSecret { get; private set; } = "";

    /// <summary>The secret before the last rotation, as the caller protected it, while it still signs.</summary>
    public string? PreviousProtectedSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public bool Enabled { get; private set; }

    /// <summary>Why it was disabled by the platform (the receiver answered 410 Gone), if it was.</summary>
    public string? DisabledReason { get; private set; }

    /// <exception cref="DomainException"><c>webhook_endpoint.invalid</c> for a URL or event type that is not accepted.</exception>
    public static WebhookEndpoint Register(Guid organizationId, Uri url, string? description,
        IEnumerable<string> eventTypes, string protectedSecret, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(protectedSecret);
        var endpoint = new WebhookEndpoint
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            ProtectedSecret = protectedSecret,
            Enabled = true,
            CreatedAt = now,
        };
        endpoint.Change(url, description, eventTypes);
        return endpoint;
    }

    /// <summary>
    /// Whether <paramref name="url"/> may be an endpoint: absolute, https (plain http only to a loopback host, for a
    /// receiver on the same machine), no user information, at most <see cref="UrlMaxLength"/> characters. Where it
    /// resolves to is checked when posting, so a name that later points inside the network is still refused.
    /// </summary>
    public static bool IsAcceptableUrl(Uri? url) =>
        url is { IsAbsoluteUri: true, UserInfo.Length: 0 } && url.OriginalString.Length <= UrlMaxLength
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));

    /// <summary>Whether events of <paramref name="eventType"/> are posted here now.</summary>
    public bool Wants(string eventType) => Enabled && (_eventTypes.Count == 0 || _eventTypes.Contains(eventType));

    /// <exception cref="DomainException"><c>webhook_endpoint.invalid</c>.</exception>
    public void Change(Uri url, string? description, IEnumerable<string> eventTypes)
    {
        ArgumentNullException.ThrowIfNull(eventTypes);
        if (!IsAcceptableUrl(url))
            throw new DomainException("webhook_endpoint.invalid",
                "The URL must be absolute https (http only to this machine), without user information, of at most 2048 characters.");
        var types = eventTypes.Distinct(StringComparer.Ordinal).ToList();
        if (types.Find(t => !WebhookEventTypes.All.Contains(t)) is { } unknown)
            throw new DomainException("webhook_endpoint.invalid", $"There is no event type '{unknown}'.");
        var text = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (text?.Length > DescriptionMaxLength)
            throw new DomainException("webhook_endpoint.invalid", $"A description has at most {DescriptionMaxLength} characters.");
        (Url, Description, EventTypes) = (url!.AbsoluteUri, text, types);
    }

    /// <summary>Turns posting on or off by hand; turning it on clears the reason the platform disabled it.</summary>
    public void SetEnabled(bool enabled)
    {
        Enabled = enabled;
        if (enabled)
            DisabledReason = null;
    }

    /// <summary>The receiver answered 410 Gone: nothing more is posted until an admin enables it again.</summary>
    public void Gone(DateTimeOffset now)
    {
        Enabled = false;
        DisabledReason = $"The receiver answered 410 Gone on {now:yyyy-MM-dd HH:mm} UTC.";
    }

    /// <summary>
    /// Replaces the secret with <paramref name="protectedSecret"/>; the current one still signs, beside it, for
    /// <see cref="Rollover"/>.
    /// </summary>
    public void RotateSecret(string protectedSecret, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(protectedSecret);
        (PreviousProtectedSecret, PreviousSecretExpiresAt, ProtectedSecret) = (ProtectedSecret, now + Rollover, protectedSecret);
    }

    /// <summary>The protected secrets that sign a post at <paramref name="now"/>: the current one, and the previous one during a rollover.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousProtectedSecret is { } previous && now < PreviousSecretExpiresAt
            ? [ProtectedSecret, previous]
            : [ProtectedSecret];
}
