using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Credits.Common;
using CleanPlatform.Domain.Billing.Credits;

namespace CleanPlatform.Application.Billing.Credits.ListCreditGrants;

/// <summary>
/// The caller's organization's prepaid credit grants, newest first: all of them, or (<see cref="LiveOnly"/>) those that
/// still hold credits and have not expired.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record ListCreditGrants(bool LiveOnly = false, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<CreditGrantDto>>, IPagedQuery;

public sealed class ListCreditGrantsHandler(IBillingDb db, TimeProvider time)
    : IQueryHandler<ListCreditGrants, PagedList<CreditGrantDto>>
{
    public async ValueTask<PagedList<CreditGrantDto>> Handle(ListCreditGrants query, CancellationToken cancellationToken)
    {
        var grants = db.CreditGrants.AsNoTracking();
        if (query.LiveOnly)
            grants = grants.Where(CreditGrant.HoldsCreditsAt(time.GetUtcNow()));

        var page = await grants.OrderByDescending(g => g.GrantedAt).ThenByDescending(g => g.Id)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedList<CreditGrantDto>([.. page.Items.Select(CreditGrantDto.From)], page.Page, page.PageSize,
            page.TotalCount);
    }
}
