using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Subscriptions;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Subscriptions.RenewSubscriptions;

/// <summary>
/// The organizations a renewal run has work in: a live subscription whose period has ended, a trial to warn of its end,
/// or a draft invoice old enough to be finalized. A cross-tenant question, asked by the renewal job across organizations.
/// </summary>
public sealed record OrganizationsToRenew : IQuery<IReadOnlyList<Guid>>;

public sealed class OrganizationsToRenewHandler(IBillingDb db, IOptions<RenewalOptions> options, TimeProvider time)
    : IQueryHandler<OrganizationsToRenew, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(OrganizationsToRenew query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = now - options.Value.FinalizeAfter;
        var ended = db.Subscriptions.AsNoTracking().Where(Subscription.IsLive)
            .Where(s => s.PeriodEnd <= now).Select(s => s.OrganizationId);
        var trials = db.Subscriptions.AsNoTracking().Where(Subscription.TrialEndingUnwarnedAt(now)).Select(s => s.OrganizationId);
        var drafts = db.Invoices.AsNoTracking()
            .Where(i => i.Status == InvoiceStatus.Draft && i.CreatedAt <= due).Select(i => i.OrganizationId);
        return await ended.Union(trials).Union(drafts).OrderBy(id => id).ToListAsync(cancellationToken);
    }
}
