using MimeKit;

namespace CleanPlatform.Infrastructure.Email;

internal static class MimeMessages
{
    /// <summary>The message as MIME, from the configured sender: plain text, then its attachments, if any.</summary>
    public static MimeMessage From(EmailMessage message, EmailOptions options)
    {
        var body = new BodyBuilder { TextBody = message.Body };
        foreach (var file in message.Attachments)
            body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        var mime = new MimeMessage { Subject = message.Subject, Body = body.ToMessageBody() };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }
}
