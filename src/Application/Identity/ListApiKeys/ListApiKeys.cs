namespace CleanPlatform.Application.Identity.ListApiKeys;

/// <summary>
/// The caller's own API keys, newest first; with <paramref name="AllMembers"/>, an Admin sees every key
/// of the organization with its owner.
/// </summary>
[Authorize]
public sealed record ListApiKeys(int Page = 1, int PageSize = PageRequest.DefaultPageSize, bool AllMembers = false)
    : IQuery<PagedList<ApiKeyDto>>, IPagedQuery;

public sealed class ListApiKeysHandler(IIdentityDb db, IIdentityService identity, ICurrentUser user)
    : IQueryHandler<ListApiKeys, PagedList<ApiKeyDto>>
{
    public async ValueTask<PagedList<ApiKeyDto>> Handle(ListApiKeys query, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        if (query.AllMembers && !user.IsInRole(Roles.Admin) && !user.IsPlatformAdmin)
            throw new ForbiddenException("Only an Admin can list every member's keys.");

        var keys = db.ApiKeys.AsNoTracking();
        if (!query.AllMembers)
            keys = keys.Where(k => k.UserId == userId);
        var page = await keys.OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        // The caller's own keys need no look-up of their owner.
        IReadOnlyDictionary<Guid, string> owners = query.AllMembers
            ? await identity.EmailsOfAsync([.. page.Items.Select(k => k.UserId).Distinct()], cancellationToken)
            : new Dictionary<Guid, string> { [userId] = user.Email ?? "" };
        return new PagedList<ApiKeyDto>(
            [.. page.Items.Select(k => ApiKeyDto.From(k, owners.GetValueOrDefault(k.UserId, "")))],
            page.Page, page.PageSize, page.TotalCount);
    }
}
