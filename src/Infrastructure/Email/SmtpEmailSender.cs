using MailKit.Net.Smtp;

namespace CleanPlatform.Infrastructure.Email;

/// <summary>Hands each e-mail to the configured SMTP relay, on a connection of its own.</summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port, settings.Smtp.Security, ct);
        if (!string.IsNullOrEmpty(settings.Smtp.Username))
            await client.AuthenticateAsync(settings.Smtp.Username, settings.Smtp.Password ?? "", ct);
        await client.SendAsync(MimeMessages.From(message, settings), ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
