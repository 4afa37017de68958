namespace CleanPlatform.Application.Identity.ConfirmRegistration;

/// <summary>
/// Opens the account a sign-up asked for, with the token from its confirmation e-mail, and logs it in. The
/// link works once, for <see cref="PendingRegistration.Lifetime"/>; confirming ends every other sign-up of
/// the same address.
/// </summary>
[Audited("User")]
public sealed record ConfirmRegistration(string Token) : ICommand<AuthResponse>;

public sealed class ConfirmRegistrationHandler(
    IIdentityDb db, IIdentityService identity, ISecrets secrets, SessionIssuer sessions, AuditScope audit,
    TimeProvider time) : ICommandHandler<ConfirmRegistration, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(ConfirmRegistration command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = secrets.Hash(command.Token);
        var pending = await db.PendingRegistrations.SingleOrDefaultAsync(p => p.TokenHash == hash, cancellationToken);
        if (pending is null || !pending.IsOpen(now))
            throw new ValidationException(nameof(ConfirmRegistration.Token),
                "This confirmation link is not valid: it was used, has expired or was replaced by a newer one. Sign up again to get a new link.");

        var (organizationId, role) = pending.InvitationId is { } invitationId
            ? await AcceptInvitationAsync(invitationId, pending.Email, now, cancellationToken)
            : (OpenOrganization(pending, now), Roles.Admin);
        await db.SaveChangesAsync(cancellationToken);
        var account = await identity.CreateUserAsync(
            new NewUser(pending.Email, "", pending.DisplayName, organizationId, [role]) { PasswordHash = pending.PasswordHash },
            cancellationToken);
        var email = pending.Email;
        await db.PendingRegistrations.Where(p => p.Email == email).ExecuteDeleteAsync(cancellationToken);
        audit.ActFor(account.Id, account.Email, organizationId);
        audit.EntityId = account.Id.ToString();
        IdentityMetrics.UsersRegistered.Add(1);

        return await sessions.StartAsync(account, cancellationToken);
    }

    private Guid OpenOrganization(PendingRegistration pending, DateTimeOffset now)
    {
        var organization = Organization.Open(pending.OrganizationName ?? $"{pending.DisplayName}'s organization",
            Plan.Free, now);
        db.Organizations.Add(organization);
        return organization.Id;
    }

    private async Task<(Guid OrganizationId, string Role)> AcceptInvitationAsync(Guid invitationId, string email,
        DateTimeOffset now, CancellationToken ct)
    {
        var invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.Id == invitationId, ct)
                         ?? throw new DomainException("invitation.not_pending", "The invitation was withdrawn.");
        invitation.Accept(email, now);
        return (invitation.OrganizationId, invitation.Role);
    }
}
