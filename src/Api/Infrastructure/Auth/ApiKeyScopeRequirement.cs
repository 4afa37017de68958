using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Api.Infrastructure.Auth;

/// <summary>A read-only API key may only use safe methods; part of the default policy, so no endpoint forgets it.</summary>
internal sealed class ApiKeyScopeRequirement : AuthorizationHandler<ApiKeyScopeRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiKeyScopeRequirement requirement)
    {
        var isApiKey = context.User.HasClaim(c => c.Type == PlatformClaims.ApiKeyId);
        var method = (context.Resource as HttpContext)?.Request.Method ?? HttpMethods.Post; // unknown: treat as unsafe
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        var scopes = context.User.FindAll(PlatformClaims.ApiKeyScope)
            .Select(c => Enum.TryParse<ApiKeyScopes>(c.Value, out var scope) ? scope : ApiKeyScopes.None)
            .Aggregate(ApiKeyScopes.None, (all, scope) => all | scope);
        if (!isApiKey || ApiKey.Allows(scopes, safe))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
