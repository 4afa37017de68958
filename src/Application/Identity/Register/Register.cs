using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Metrics;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Domain.Identity;
using Mediator;

namespace CleanPlatform.Application.Identity.Register;

/// <summary>Opens an account and its own organization, on the Free plan, with the user as its Admin.</summary>
[Audited("User")]
public sealed record Register(string Email, string Password, string DisplayName, string? OrganizationName)
    : ICommand<AuthResponse>;

public sealed class RegisterHandler(
    IAppDbContext db, IIdentityService identity, SessionIssuer sessions, AuditScope audit, TimeProvider time)
    : ICommandHandler<Register, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(Register command, CancellationToken cancellationToken)
    {
        var organizationName = string.IsNullOrWhiteSpace(command.OrganizationName)
            ? $"{command.DisplayName.Trim()}'s organization"
            : command.OrganizationName;
        var organization = Organization.Open(organizationName, Plan.Free, time.GetUtcNow());
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);

        var account = await identity.CreateUserAsync(
            new NewUser(command.Email.Trim(), command.Password, command.DisplayName.Trim(), organization.Id,
                [Roles.Admin]), cancellationToken);
        audit.ActFor(account.Id, account.Email, organization.Id);
        audit.EntityId = account.Id.ToString();
        PlatformMetrics.UsersRegistered.Add(1);

        return await sessions.StartAsync(account, cancellationToken);
    }
}
