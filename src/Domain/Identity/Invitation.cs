using System.Linq.Expressions;
using CleanPlatform.Domain.Identity.Events;

namespace CleanPlatform.Domain.Identity;

/// <summary>
/// An organization admin's invitation for one e-mail address to join with one role. The invitee
/// registers with the token; only a hash of it is kept.
/// </summary>
public sealed class Invitation : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>Longest e-mail accepted.</summary>
    public const int EmailMaxLength = 256;

    /// <summary>How long an invitation can be accepted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>
    /// How long an invitation that can no longer be accepted (it expired or was withdrawn) is kept: the
    /// invitation list shows it for that long, then background work deletes it with its token hash.
    /// Accepted invitations stay.
    /// </summary>
    public static readonly TimeSpan KeptAfterEnding = TimeSpan.FromDays(30);

    private Invitation() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>Who may accept it.</summary>
    public string Email { get; private set; } = "";

    /// <summary>The role the new member gets.</summary>
    public string Role { get; private set; } = "";

    /// <summary>Hash of the token sent to the invitee.</summary>
    public string TokenHash { get; private set; } = "";

    /// <summary>The admin who invited.</summary>
    public Guid InvitedBy { get; private set; }

    /// <summary>After this the invitation cannot be accepted.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the invitee registered with it.</summary>
    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>When an admin withdrew it.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Invites <paramref name="email"/> to the organization as <paramref name="role"/>.</summary>
    public static Invitation Issue(Guid organizationId, string email, string role, string tokenHash, Guid invitedBy,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        if (!Roles.IsKnown(role))
            throw new DomainException("invitation.unknown_role", $"'{role}' is not a role.");
        return new Invitation
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Email = email.Trim(),
            Role = role,
            TokenHash = tokenHash,
            InvitedBy = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
    }

    /// <summary>Whether the invitation can still be accepted.</summary>
    public bool IsPending(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && now < ExpiresAt;

    /// <summary>Where the invitation stands at <paramref name="now"/>.</summary>
    public InvitationStatus StatusAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationStatus.Accepted
        : RevokedAt is not null ? InvitationStatus.Revoked
        : now >= ExpiresAt ? InvitationStatus.Expired
        : InvitationStatus.Pending;

    /// <summary>Invitations never accepted that expired or were withdrawn before <paramref name="instant"/>.</summary>
    public static Expression<Func<Invitation, bool>> EndedBefore(DateTimeOffset instant) =>
        i => i.AcceptedAt == null
             && ((i.RevokedAt != null && i.RevokedAt < instant) || (i.RevokedAt == null && i.ExpiresAt < instant));

    /// <summary>Accepts the invitation for the registering <paramref name="email"/>; raises <see cref="InvitationAccepted"/>.</summary>
    public void Accept(string email, DateTimeOffset now)
    {
        EnsureAcceptableBy(email, now);
        AcceptedAt = now;
        Raise(new InvitationAccepted(Id, OrganizationId, Email, Role, InvitedBy));
    }

    /// <summary>Throws unless <paramref name="email"/> may accept the invitation at <paramref name="now"/>.</summary>
    public void EnsureAcceptableBy(string email, DateTimeOffset now)
    {
        if (!IsPending(now))
            throw new DomainException("invitation.not_pending", "The invitation was already used, withdrawn or has expired.");
        if (!string.Equals(email.Trim(), Email, StringComparison.OrdinalIgnoreCase))
            throw new DomainException("invitation.email_mismatch", "The invitation was sent to another e-mail address.");
    }

    /// <summary>Withdraws a pending invitation.</summary>
    public void Revoke(DateTimeOffset now)
    {
        if (AcceptedAt is not null)
            throw new DomainException("invitation.already_accepted", "The invitation was already accepted.");
        if (RevokedAt is not null)
            throw new DomainException("invitation.already_revoked", "The invitation was already withdrawn.");
        RevokedAt = now;
    }
}
