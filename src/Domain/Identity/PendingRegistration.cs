using CleanPlatform.Domain.Identity.Events;

namespace CleanPlatform.Domain.Identity;

/// <summary>
/// A sign-up waiting for its owner to confirm the e-mail address. Nothing of the account exists until then,
/// and the answer to the sign-up is the same whether or not the address already has an account: only the
/// mailbox's owner is told, by e-mail. The confirmation link's token is kept as a hash.
/// </summary>
public sealed class PendingRegistration : Entity, IAggregateRoot
{
    /// <summary>How long a confirmation link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private PendingRegistration() { }

    /// <summary>The address to confirm, as typed.</summary>
    public string Email { get; private set; } = "";

    /// <summary>The name the account will show.</summary>
    public string DisplayName { get; private set; } = "";

    /// <summary>The new organization's name, when the sign-up opens one.</summary>
    public string? OrganizationName { get; private set; }

    /// <summary>The invitation the sign-up accepts on confirmation, if any.</summary>
    public Guid? InvitationId { get; private set; }

    /// <summary>The chosen password, already hashed: the plain text is never stored.</summary>
    public string PasswordHash { get; private set; } = "";

    /// <summary>Hash of the token in the confirmation link; null until the e-mail is sent.</summary>
    public string? TokenHash { get; private set; }

    /// <summary>After this the link no longer works.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Records a sign-up; raises <see cref="RegistrationRequested"/> so that the e-mail goes out after commit.</summary>
    public static PendingRegistration Request(string email, string displayName, string? organizationName,
        Guid? invitationId, string passwordHash, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        var pending = new PendingRegistration
        {
            Id = Guid.CreateVersion7(now),
            Email = email.Trim(),
            DisplayName = displayName.Trim(),
            OrganizationName = string.IsNullOrWhiteSpace(organizationName) ? null : organizationName.Trim(),
            InvitationId = invitationId,
            PasswordHash = passwordHash,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        pending.Raise(new RegistrationRequested(pending.Id));
        return pending;
    }

    /// <summary>Whether the link can still be used at <paramref name="now"/>.</summary>
    public bool IsOpen(DateTimeOffset now) => now < ExpiresAt;

    /// <summary>Keeps the hash of the token the e-mail carries; a new e-mail's token replaces an earlier one.</summary>
    public void SendLink(string tokenHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        TokenHash = tokenHash;
    }
}
