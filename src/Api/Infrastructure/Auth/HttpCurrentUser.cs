using System.Security.Claims;

namespace CleanPlatform.Api.Infrastructure.Auth;

/// <summary>The caller as the authentication handlers put it on the request (JWT or API key, same claims).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? UserId => GuidClaim(PlatformClaims.UserId);
    public string? Email => Principal?.FindFirstValue(PlatformClaims.Email);
    public Guid? OrganizationId => GuidClaim(PlatformClaims.OrganizationId);
    public Guid? ApiKeyId => GuidClaim(PlatformClaims.ApiKeyId);
    public string? SystemName => null;
    public bool IsPlatformAdmin => Principal?.HasClaim(PlatformClaims.PlatformAdmin, "true") ?? false;

    public IReadOnlyCollection<string> Roles =>
        Principal?.FindAll(PlatformClaims.Role).Select(c => c.Value).ToArray() ?? [];

    private Guid? GuidClaim(string type) =>
        Guid.TryParse(Principal?.FindFirstValue(type), out var id) ? id : null;
}
