namespace CleanPlatform.Application.Identity.Login;

/// <summary>Exchanges e-mail and password for an access token and a new refresh-token family.</summary>
[Audited("User")]
public sealed record Login(string Email, string Password) : ICommand<AuthResponse>, IManagesOwnTransaction;

public sealed class LoginHandler(IIdentityService identity, SessionIssuer sessions, AuditScope audit)
    : ICommandHandler<Login, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(Login command, CancellationToken cancellationToken)
    {
        audit.ActFor(null, command.Email, null);
        UserAccount account;
        try
        {
            account = await identity.CheckPasswordAsync(command.Email.Trim(), command.Password, cancellationToken);
        }
        catch (UnauthorizedException)
        {
            IdentityMetrics.LoginsFailed.Add(1);
            throw;
        }

        audit.ActFor(account.Id, account.Email, account.OrganizationId);
        audit.EntityId = account.Id.ToString();
        return await sessions.StartAsync(account, cancellationToken);
    }
}
