using MimeKit;

namespace CleanPlatform.Infrastructure.Email;

internal static class MimeMessages
{
    /// <summary>The message as MIME, from the configured sender.</summary>
    public static MimeMessage From(EmailMessage message, EmailOptions options)
    {
        var mime = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }
}
