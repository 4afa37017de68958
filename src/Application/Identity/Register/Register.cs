using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Identity.Register;

/// <summary>
/// Opens an account. With an invitation token the user joins the inviting organization in the invited
/// role; without one they get an organization of their own, on the Free plan, as its Admin.
/// </summary>
[Audited("User")]
public sealed record Register(string Email, string Password, string DisplayName, string? OrganizationName,
    string? InvitationToken = null) : ICommand<AuthResponse>;

public sealed class RegisterHandler(
    IIdentityDb db, IIdentityService identity, ISecrets secrets, SessionIssuer sessions, AuditScope audit,
    TimeProvider time)
    : ICommandHandler<Register, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(Register command, CancellationToken cancellationToken)
    {
        var (organizationId, role) = string.IsNullOrWhiteSpace(command.InvitationToken)
            ? (await OpenOrganizationAsync(command, cancellationToken), Roles.Admin)
            : await AcceptInvitationAsync(command, command.InvitationToken, cancellationToken);

        var account = await identity.CreateUserAsync(
            new NewUser(command.Email.Trim(), command.Password, command.DisplayName.Trim(), organizationId, [role]),
            cancellationToken);
        audit.ActFor(account.Id, account.Email, organizationId);
        audit.EntityId = account.Id.ToString();
        IdentityMetrics.UsersRegistered.Add(1);

        return await sessions.StartAsync(account, cancellationToken);
    }

    private async Task<Guid> OpenOrganizationAsync(Register command, CancellationToken ct)
    {
        var name = string.IsNullOrWhiteSpace(command.OrganizationName)
            ? $"{command.DisplayName.Trim()}'s organization"
            : command.OrganizationName;
        var organization = Organization.Open(name, Plan.Free, time.GetUtcNow());
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(ct);
        return organization.Id;
    }

    private async Task<(Guid OrganizationId, string Role)> AcceptInvitationAsync(Register command, string token,
        CancellationToken ct)
    {
        var hash = secrets.Hash(token);
        var invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash, ct)
            ?? throw new ValidationException(nameof(Register.InvitationToken), "This invitation link is not valid.");
        invitation.Accept(command.Email, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (invitation.OrganizationId, invitation.Role);
    }
}
