using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Application.Billing.Invoices.ListInvoices;

/// <summary>The caller's organization's invoices, newest first, drafts included; optionally of one status.</summary>
[Authorize(Roles.Admin)]
public sealed record ListInvoices(InvoiceStatus? Status = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedList<InvoiceSummaryDto>>, IPagedQuery;

/// <summary>An invoice in a list: its number, status, dates and amounts.</summary>
public sealed record InvoiceSummaryDto(
    Guid Id, string? Number, InvoiceStatus Status, string Currency, DateTimeOffset CreatedAt, DateTimeOffset? IssuedAt,
    DateTimeOffset? DueAt, decimal Total, decimal AmountPaid);

public sealed class ListInvoicesHandler(IBillingDb db) : IQueryHandler<ListInvoices, PagedList<InvoiceSummaryDto>>
{
    public async ValueTask<PagedList<InvoiceSummaryDto>> Handle(ListInvoices query, CancellationToken cancellationToken)
    {
        var invoices = db.Invoices.AsNoTracking();
        if (query.Status is { } status)
            invoices = invoices.Where(i => i.Status == status);
        var page = await invoices.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Select(i => new InvoiceSummaryDto(i.Id, i.Number, i.Status, i.Currency, i.CreatedAt, i.IssuedAt, i.DueAt,
                i.Total, i.AmountPaid))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return page with
        {
            Items = [.. page.Items.Select(i => i with
            {
                Total = Amounts.Money(i.Total, i.Currency), AmountPaid = Amounts.Money(i.AmountPaid, i.Currency),
            })],
        };
    }
}
