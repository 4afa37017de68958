using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Application.Identity.ListApiKeys;

/// <summary>The caller's own API keys, newest first.</summary>
[Authorize]
public sealed record ListApiKeys(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<ApiKeyDto>>, IPagedQuery;

public sealed class ListApiKeysHandler(IAppDbContext db, ICurrentUser user)
    : IQueryHandler<ListApiKeys, PagedList<ApiKeyDto>>
{
    public async ValueTask<PagedList<ApiKeyDto>> Handle(ListApiKeys query, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var page = await db.ApiKeys.AsNoTracking().Where(k => k.UserId == userId)
            .OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedList<ApiKeyDto>([.. page.Items.Select(ApiKeyDto.From)], page.Page, page.PageSize,
            page.TotalCount);
    }
}
