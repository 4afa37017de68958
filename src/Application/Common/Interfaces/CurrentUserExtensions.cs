namespace CleanPlatform.Application.Common.Interfaces;

public static class CurrentUserExtensions
{
    public static bool IsAuthenticated(this ICurrentUser user) => user.UserId is not null;

    public static bool IsInRole(this ICurrentUser user, string role) => user.Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>Whether the caller is a job acting across organizations: a named system caller, no user, key or organization.</summary>
    public static bool IsSystemAcrossOrganizations(this ICurrentUser user) =>
        user is { UserId: null, ApiKeyId: null, OrganizationId: null, SystemName.Length: > 0 };

    /// <summary>The caller's id, for use cases that only run for authenticated callers.</summary>
    public static Guid RequireUserId(this ICurrentUser user) =>
        user.UserId ?? throw new UnauthorizedException("auth.required", "Authentication is required.");

    /// <summary>The caller's organization, for use cases that only run for authenticated callers.</summary>
    public static Guid RequireOrganizationId(this ICurrentUser user) =>
        user.OrganizationId ?? throw new UnauthorizedException("auth.required", "Authentication is required.");
}
