namespace CleanPlatform.Application.Identity.Register;

/// <summary>
/// Signs up: records the sign-up and e-mails a confirmation link (<see cref="ConfirmRegistration"/> opens the
/// account). With an invitation token the account will join the inviting organization in the invited role;
/// without one it gets an organization of its own, on the Free plan, as its Admin. The answer is the same
/// whether or not the address already has an account: its owner learns that by e-mail.
/// </summary>
[Audited("PendingRegistration")]
public sealed record Register(string Email, string Password, string DisplayName, string? OrganizationName,
    string? InvitationToken = null) : ICommand<RegistrationPendingDto>;

/// <summary>Where a sign-up stands: a confirmation link was sent to <paramref name="Email"/>, valid until <paramref name="ExpiresAt"/>.</summary>
public sealed record RegistrationPendingDto(Guid Id, string Email, DateTimeOffset ExpiresAt) : IHasId;

public sealed class RegisterHandler(IIdentityDb db, IIdentityService identity, ISecrets secrets, TimeProvider time)
    : ICommandHandler<Register, RegistrationPendingDto>
{
    public async ValueTask<RegistrationPendingDto> Handle(Register command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var invitationId = string.IsNullOrWhiteSpace(command.InvitationToken)
            ? (Guid?)null
            : await InvitationFor(command.Email, command.InvitationToken, now, cancellationToken);
        var passwordHash = await identity.HashNewPasswordAsync(command.Email, command.Password,
            nameof(Register.Password), cancellationToken);

        var pending = PendingRegistration.Request(command.Email, command.DisplayName, command.OrganizationName,
            invitationId, passwordHash, now);
        db.PendingRegistrations.Add(pending);
        await db.SaveChangesAsync(cancellationToken);
        IdentityMetrics.RegistrationsRequested.Add(1);
        return new RegistrationPendingDto(pending.Id, pending.Email, pending.ExpiresAt);
    }

    // The invitation is checked now, so a wrong link is told at once; it is accepted on confirmation.
    private async Task<Guid> InvitationFor(string email, string token, DateTimeOffset now, CancellationToken ct)
    {
        var hash = secrets.Hash(token);
        var invitation = await db.Invitations.IgnoreQueryFilters().AsNoTracking()
                             .SingleOrDefaultAsync(i => i.TokenHash == hash, ct)
                         ?? throw new ValidationException(nameof(Register.InvitationToken), "This invitation link is not valid.");
        invitation.EnsureAcceptableBy(email, now);
        return invitation.Id;
    }
}
