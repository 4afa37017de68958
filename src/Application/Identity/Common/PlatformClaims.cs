using System.Security.Claims;

namespace CleanPlatform.Application.Identity.Common;

/// <summary>Claim types of our access tokens and API-key principals (short, JWT-style names).</summary>
public static class PlatformClaims
{
    public const string UserId = "sub";
    public const string Email = "email";
    public const string Name = "name";
    public const string Role = "role";
    public const string OrganizationId = "org";
    public const string Plan = "plan";
    public const string PlatformAdmin = "platform_admin";
    public const string ApiKeyId = "api_key";
    public const string ApiKeyScope = "api_key_scope";
    public const string SecurityStamp = "stamp";

    /// <summary>The claims that describe an account, whether it comes with a JWT or an API key.</summary>
    public static IEnumerable<Claim> For(UserAccount account, string planCode)
    {
        yield return new Claim(UserId, account.Id.ToString());
        yield return new Claim(Email, account.Email);
        yield return new Claim(Name, account.DisplayName);
        yield return new Claim(OrganizationId, account.OrganizationId.ToString());
        yield return new Claim(Plan, planCode);
        if (account.IsPlatformAdmin)
            yield return new Claim(PlatformAdmin, "true");
        foreach (var role in account.Roles)
            yield return new Claim(Role, role);
    }
}
