namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// Sends e-mail: through SMTP when one is configured, otherwise into a pickup directory an operator can
/// read (docs/operator-guide.md). Send from event handlers, after commit, never on a request's path.
/// </summary>
public interface IEmailSender
{
    /// <summary>Sends <paramref name="message"/>; throws when it could not be handed over, so the outbox tries again.</summary>
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

/// <summary>A plain-text e-mail to one recipient, with the files attached to it (none by default).</summary>
public sealed record EmailMessage(string To, string Subject, string Body)
{
    /// <summary>The files attached, in order; none by default.</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}
