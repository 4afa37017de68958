namespace CleanPlatform.Infrastructure.Email;

/// <summary>Outgoing e-mail, under <c>Email:</c> (docs/operator-guide.md).</summary>
public sealed class EmailOptions
{
    /// <summary>The sender, as <c>Name &lt;address&gt;</c> or a bare address.</summary>
    public string From { get; set; } = "CleanPlatform <no-reply@localhost>";

    /// <summary>Where users reach the web app: links in e-mails start with it.</summary>
    public Uri LinkBaseUrl { get; set; } = new("http://localhost:5000");

    /// <summary>Without an SMTP host, e-mails are written here as <c>.eml</c> files (relative to the working directory).</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>The SMTP relay; when its host is set, e-mail goes through it.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    internal bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    internal bool IsValid =>
        MimeKit.MailboxAddress.TryParse(From, out _) && LinkBaseUrl.IsAbsoluteUri
        && (UsesSmtp ? Smtp.Port is > 0 and <= 65535 : !string.IsNullOrWhiteSpace(PickupDirectory));
}

/// <summary>An SMTP relay: host, port, TLS and optional credentials.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>Auto</c> (STARTTLS when offered), <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c>.</summary>
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.Auto;

    public string? Username { get; set; }

    public string? Password { get; set; }
}
