using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Credits.Common;
using CleanPlatform.Application.Billing.Invoices.Common;

namespace CleanPlatform.Application.Billing.Credits.ListCreditLedger;

/// <summary>The caller's organization's credit ledger, newest first; optionally of one grant.</summary>
[Authorize(Roles.Admin)]
public sealed record ListCreditLedger(Guid? GrantId = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<CreditLedgerEntryDto>>, IPagedQuery;

public sealed class ListCreditLedgerHandler(IBillingDb db) : IQueryHandler<ListCreditLedger, PagedList<CreditLedgerEntryDto>>
{
    public async ValueTask<PagedList<CreditLedgerEntryDto>> Handle(ListCreditLedger query, CancellationToken cancellationToken)
    {
        var entries = db.CreditLedger.AsNoTracking();
        if (query.GrantId is { } grantId)
            entries = entries.Where(e => e.GrantId == grantId);
        var page = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Select(e => new CreditLedgerEntryDto(e.Id, e.GrantId, e.Kind, e.Currency, e.Amount, e.RemainingAfter,
                e.InvoiceId, e.CreditNoteId, e.CounterpartGrantId, e.OccurredAt))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return page with
        {
            Items = [.. page.Items.Select(e => e with
            {
                Amount = Amounts.Money(e.Amount, e.Currency), RemainingAfter = Amounts.Money(e.RemainingAfter, e.Currency),
            })],
        };
    }
}
