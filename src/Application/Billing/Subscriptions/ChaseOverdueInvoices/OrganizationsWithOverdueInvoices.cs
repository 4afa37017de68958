using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Application.Billing.Subscriptions.ChaseOverdueInvoices;

/// <summary>The organizations with an open invoice past its due date. A cross-tenant question, asked by the dunning job.</summary>
public sealed record OrganizationsWithOverdueInvoices : IQuery<IReadOnlyList<Guid>>;

public sealed class OrganizationsWithOverdueInvoicesHandler(IBillingDb db, TimeProvider time)
    : IQueryHandler<OrganizationsWithOverdueInvoices, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(OrganizationsWithOverdueInvoices query,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Invoices.AsNoTracking().Where(Invoice.OverdueAt(now))
            .Select(i => i.OrganizationId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
    }
}
