namespace CleanPlatform.Infrastructure.Email;

/// <summary>
/// Writes each e-mail as an <c>.eml</c> file into <see cref="EmailOptions.PickupDirectory"/>, for a machine
/// without an SMTP relay (a trial, development, the tests): a mail client opens the files as they are.
/// </summary>
internal sealed class PickupDirectoryEmailSender(IOptions<EmailOptions> options, TimeProvider time) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        Directory.CreateDirectory(settings.PickupDirectory);
        var name = $"{time.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(settings.PickupDirectory, name);
        // Written under a temporary name first, so a reader never sees half a message.
        await MimeMessages.From(message, settings).WriteToAsync(path + ".tmp", ct);
        File.Move(path + ".tmp", path);
    }
}
