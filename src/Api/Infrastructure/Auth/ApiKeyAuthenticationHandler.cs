using System.Security.Claims;
using System.Text.Encodings.Web;
using CleanPlatform.Domain.Identity;
using Microsoft.AspNetCore.Authentication;

namespace CleanPlatform.Api.Infrastructure.Auth;

/// <summary>Authenticates <c>X-Api-Key</c> as the key's user as their access stands now, plus the key and its scopes.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IApiKeyAuthenticator keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var values) || values.Count == 0)
            return AuthenticateResult.NoResult();

        var caller = await keys.AuthenticateAsync(values.ToString(), Context.RequestAborted);
        if (caller is null)
            return AuthenticateResult.Fail("The API key is unknown or revoked.");

        var extra = Enum.GetValues<ApiKeyScopes>()
            .Where(s => s != ApiKeyScopes.None && caller.Scopes.HasFlag(s))
            .Select(s => new Claim(PlatformClaims.ApiKeyScope, s.ToString()))
            .Prepend(new Claim(PlatformClaims.ApiKeyId, caller.KeyId.ToString()));
        var principal = CurrentAccessCheck.PrincipalOf(new CallerAccess(caller.Account, caller.PlanCode), Scheme.Name, extra);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
