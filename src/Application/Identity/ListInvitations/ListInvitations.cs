namespace CleanPlatform.Application.Identity.ListInvitations;

/// <summary>The organization's invitations, newest first.</summary>
[Authorize(Roles.Admin)]
public sealed record ListInvitations(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<InvitationDto>>, IPagedQuery;

public sealed class ListInvitationsHandler(IIdentityDb db, TimeProvider time)
    : IQueryHandler<ListInvitations, PagedList<InvitationDto>>
{
    public async ValueTask<PagedList<InvitationDto>> Handle(ListInvitations query, CancellationToken cancellationToken)
    {
        var page = await db.Invitations.AsNoTracking()
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        var now = time.GetUtcNow();
        return new PagedList<InvitationDto>([.. page.Items.Select(i => InvitationDto.From(i, now))], page.Page,
            page.PageSize, page.TotalCount);
    }
}
