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

    /// <summary>
    /// The user as the administration rules see them, read once no other change to the same organization's
    /// users is under way: two Admins demoting each other at the same moment cannot both pass the last-Admin rule.
    /// </summary>
    public static async Task<AdministeredUser> FindAdministeredLockedAsync(this IQueryable<UserRecord> users,
        IOrganizationLocks locks, Guid id, CancellationToken ct)
    {
        var organizationId = await users.Where(u => u.Id == id).Select(u => (Guid?)u.OrganizationId).SingleOrDefaultAsync(ct)
                             ?? throw new NotFoundException("User", id);
        await locks.AcquireAsync("UserAdministration", organizationId, ct);
        return await users.FindAdministeredAsync(id, ct);
    }

    /// <summary>The user as lists and changes return them.</summary>
    public static async Task<UserDto> GetDtoAsync(this IQueryable<UserRecord> users, Guid id, DateTimeOffset now,
        CancellationToken ct) =>
        UserDto.From(await users.SingleAsync(u => u.Id == id, ct), now);
}
