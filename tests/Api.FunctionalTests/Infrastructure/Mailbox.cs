using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>The test hosts' outgoing e-mail: kept in memory instead of sent, for tests to read.</summary>
public sealed partial class Mailbox : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _sent = new();

    public Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }

    /// <summary>Every e-mail sent to <paramref name="email"/>, oldest first.</summary>
    public IReadOnlyList<EmailMessage> To(string email) =>
        [.. _sent.Where(m => string.Equals(m.To, email, StringComparison.OrdinalIgnoreCase))];

    /// <summary>The token of the confirmation link in the last e-mail to <paramref name="email"/>, if it has one.</summary>
    public string? LastConfirmationTokenFor(string email) =>
        To(email) is [.., var last] && ConfirmationLink().Match(last.Body) is { Success: true } match
            ? Uri.UnescapeDataString(match.Groups["token"].Value)
            : null;

    [GeneratedRegex(@"/register/confirm\?token=(?<token>[A-Za-z0-9_%\-]+)")]
    private static partial Regex ConfirmationLink();
}
