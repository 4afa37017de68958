using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Identity.Common;

public static class UserRecords
{
    /// <summary>The user as the administration rules see them; one the caller cannot see is not found.</summary>
    public static async Task<AdministeredUser> FindAdministeredAsync(this IQueryable<UserRecord> users, Guid id,
        CancellationToken ct) =>
        await users.Where(u => u.Id == id)
            .Select(u => new AdministeredUser(u.Id, u.OrganizationId, u.IsPlatformAdmin,
                u.DeactivatedAt == null && u.Roles.Contains(Roles.Admin)
                && !users.Any(o => o.Id != u.Id && o.OrganizationId == u.OrganizationId && o.DeactivatedAt == null
                                   && o.Roles.Contains(Roles.Admin))))
            .SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException("User", id);

    /// <summary>The user as lists and changes return them.</summary>
    public static async Task<UserDto> GetDtoAsync(this IQueryable<UserRecord> users, Guid id, DateTimeOffset now,
        CancellationToken ct) =>
        UserDto.From(await users.SingleAsync(u => u.Id == id, ct), now);
}
