namespace CleanPlatform.Infrastructure.Identity;

internal static class UserRecords
{
    /// <summary>Users as the use cases read them, with their roles and organization's name, in one query.</summary>
    public static IQueryable<UserRecord> ToRecords(this IQueryable<ApplicationUser> users, AppDbContext db) =>
        users.Select(u => new UserRecord
        {
            Id = u.Id,
            Email = u.Email,
            NormalizedEmail = u.NormalizedEmail,
            DisplayName = u.DisplayName,
            OrganizationId = u.OrganizationId,
            // No IgnoreQueryFilters here: it would switch the tenant filter off for the whole query, users included.
            OrganizationName = db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.Name).FirstOrDefault() ?? "",
            IsPlatformAdmin = u.IsPlatformAdmin,
            Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
            LockoutEnd = u.LockoutEnd,
            DeactivatedAt = u.DeactivatedAt,
            CreatedAt = u.CreatedAt,
        });
}
