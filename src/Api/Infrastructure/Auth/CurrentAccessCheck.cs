using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CleanPlatform.Api.Infrastructure.Auth;

/// <summary>
/// A token says who the caller is; what they may do comes from their current access. A valid access
/// token of a deactivated user, or one issued before a password change, is refused; roles, organization
/// and plan are replaced by the current ones.
/// </summary>
internal static class CurrentAccessCheck
{
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (!Guid.TryParse(principal?.FindFirstValue(PlatformClaims.UserId), out var userId))
        {
            context.Fail("The access token names no user.");
            return;
        }

        var cache = context.HttpContext.RequestServices.GetRequiredService<IAccessStateCache>();
        var access = await cache.GetAsync(userId, context.HttpContext.RequestAborted);
        if (access is not { Account.IsActive: true }
            || !string.Equals(access.Account.SecurityStamp, principal!.FindFirstValue(PlatformClaims.SecurityStamp),
                StringComparison.Ordinal))
        {
            context.Fail("The access token is no longer valid: sign in again.");
            return;
        }

        context.Principal = PrincipalOf(access, context.Scheme.Name, []);
    }

    /// <summary>The principal of a caller as their access stands, plus any claims the scheme adds.</summary>
    public static ClaimsPrincipal PrincipalOf(CallerAccess access, string scheme, IEnumerable<Claim> extra) =>
        new(new ClaimsIdentity(PlatformClaims.For(access.Account, access.PlanCode).Concat(extra), scheme,
            PlatformClaims.Email, PlatformClaims.Role));
}
