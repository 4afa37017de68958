using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Domain.Identity;
using Mediator;

namespace CleanPlatform.Application.Identity.ListUsers;

/// <summary>Users of the caller's organization (all organizations for the platform admin).</summary>
[Authorize(Roles.Admin)]
public sealed record ListUsers(string? Search, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<UserDto>>, IPagedQuery;

public sealed class ListUsersHandler(IIdentityService identity, ICurrentUser user)
    : IQueryHandler<ListUsers, PagedList<UserDto>>
{
    public async ValueTask<PagedList<UserDto>> Handle(ListUsers query, CancellationToken cancellationToken) =>
        await identity.ListUsersAsync(user.IsPlatformAdmin ? null : user.RequireOrganizationId(),
            string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim(), query.Page, query.PageSize,
            cancellationToken);
}
