namespace CleanPlatform.Infrastructure.Identity;

// Reading a caller's access from the database when the cache does not have it.
internal sealed partial class AccessStateCache
{
    private async Task<CallerAccess?> LoadUserAsync(Guid userId, CancellationToken ct)
    {
        // Authentication is finding out who the caller is, so no organization's filter can apply yet.
        await using var db = contexts.AcrossOrganizations("Authentication");
        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Email,
                u.DisplayName,
                u.OrganizationId,
                u.IsPlatformAdmin,
                u.DeactivatedAt,
                u.SecurityStamp,
                Organization = db.Organizations.Where(o => o.Id == u.OrganizationId)
                    .Select(o => new { o.PlanCode, o.Name }).FirstOrDefault(),
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (row?.Organization is null)
            return null;
        var account = new UserAccount(userId, row.Email ?? "", row.DisplayName, row.OrganizationId, row.IsPlatformAdmin,
            [.. row.Roles.OfType<string>().Order(StringComparer.Ordinal)], row.DeactivatedAt is null,
            row.SecurityStamp ?? "");
        return new CallerAccess(account, row.Organization.PlanCode, row.Organization.Name);
    }
}
