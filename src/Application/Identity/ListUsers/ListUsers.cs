namespace CleanPlatform.Application.Identity.ListUsers;

/// <summary>Users of the caller's organization (all organizations for the platform admin).</summary>
[Authorize(Roles.Admin)]
public sealed record ListUsers(string? Search, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<UserDto>>, IPagedQuery;

public sealed class ListUsersHandler(IIdentityDb db, TimeProvider time) : IQueryHandler<ListUsers, PagedList<UserDto>>
{
    public async ValueTask<PagedList<UserDto>> Handle(ListUsers query, CancellationToken cancellationToken)
    {
        // No organization condition here: the tenant filter on users scopes the list to the caller's.
        var page = await Matching(db.Users, query.Search).OrderBy(u => u.NormalizedEmail)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        var now = time.GetUtcNow();
        return new PagedList<UserDto>([.. page.Items.Select(u => UserDto.From(u, now))], page.Page, page.PageSize,
            page.TotalCount);
    }

    private static IQueryable<UserRecord> Matching(IQueryable<UserRecord> users, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
            return users;
        var text = search.Trim();
        var normalized = text.ToUpperInvariant();
        return users.Where(u => (u.NormalizedEmail != null && u.NormalizedEmail.Contains(normalized))
                                || u.DisplayName.Contains(text));
    }
}
