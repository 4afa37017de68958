namespace CleanPlatform.Application.Identity.Common;

public sealed record UserDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles,
    Guid OrganizationId, string OrganizationName, bool IsLockedOut, DateTimeOffset CreatedAt) : IHasId
{
    public static UserDto From(UserRecord user, DateTimeOffset now) =>
        new(user.Id, user.Email ?? "", user.DisplayName, [.. user.Roles.OfType<string>().Order(StringComparer.Ordinal)],
            user.OrganizationId, user.OrganizationName, user.LockoutEnd > now, user.CreatedAt);
}
