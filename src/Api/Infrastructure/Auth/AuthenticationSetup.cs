using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CleanPlatform.Api.Infrastructure.Auth;

internal static class AuthenticationSetup
{
    public static IServiceCollection AddPlatformAuthentication(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();

        services.AddAuthentication(AuthSchemes.BearerOrApiKey)
            .AddPolicyScheme(AuthSchemes.BearerOrApiKey, "Bearer token or API key", o =>
                o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader) ? AuthSchemes.ApiKey : AuthSchemes.Bearer)
            .AddJwtBearer(AuthSchemes.Bearer, o => o.Events = new JwtBearerEvents
            {
                OnTokenValidated = CurrentAccessCheck.OnTokenValidated,
                OnMessageReceived = HubTokens.OnMessageReceived,
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null);

        services.AddSingleton<IAuthorizationHandler, ApiKeyScopeRequirement>();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(AuthSchemes.BearerOrApiKey)
                .RequireAuthenticatedUser()
                .AddRequirements(new ApiKeyScopeRequirement())
                .Build());
        return services;
    }
}
