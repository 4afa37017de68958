using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Subscriptions;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Subscriptions.RenewSubscriptions;

/// <summary>
/// The renewal run (billing.md §9) for some organizations at once, in the caller's transaction. A live subscription whose
/// period has ended moves to the next one (a trial becomes active, a waiting change applies, a cancellation at the
/// period's end ends it), and each new period gets its draft invoice in the same transaction, so a run stopped at any
/// point neither loses nor doubles one; a trial ending within three days is warned of, once. Then every draft older
/// than <see cref="RenewalOptions.FinalizeAfter"/> is finalized, the numbers taken as one block. The organizations'
/// subscription locks are held to the end: a plan change never works on a period a renewal is moving.
/// </summary>
public sealed class SubscriptionRenewals(
    IBillingDb db, IOrganizationLocks locks, InvoiceIssuer invoices, IOptions<RenewalOptions> options, TimeProvider time)
{
    public async Task<RenewalRunDto> RenewAsync(IReadOnlyCollection<Guid> organizationIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organizationIds);
        await locks.AcquireAsync(nameof(Subscription), organizationIds, ct);
        var now = time.GetUtcNow();
        var (renewed, ended, warned) = (0, 0, 0);
        var subscriptions = await db.Subscriptions.AsTracking().Where(Subscription.IsLive)
            .Where(s => organizationIds.Contains(s.OrganizationId)).ToListAsync(ct);
        foreach (var subscription in subscriptions)
        {
            for (var i = 0; i < options.Value.MaxPeriodsPerRun && subscription.PeriodEnd <= now; i++)
            {
                if (!subscription.Renew(now))
                {
                    ended++;
                    break;
                }

                var invoice = Invoice.Draft(subscription.OrganizationId, subscription.Currency, now);
                var (description, amount) = SubscriptionLines.Period(subscription.Price, subscription.CurrentPeriod,
                    subscription.TimeZone);
                invoice.AddLine(description, 1m, amount.Amount);
                db.Invoices.Add(invoice);
                renewed++;
            }

            if (subscription.WarnTrialEnding(now))
                warned++;
        }

        await db.SaveChangesAsync(ct);

        var due = now - options.Value.FinalizeAfter;
        var drafts = await db.Invoices.AsTracking()
            .Where(i => organizationIds.Contains(i.OrganizationId) && i.Status == InvoiceStatus.Draft && i.CreatedAt <= due)
            .ToListAsync(ct);
        // Numbers follow the organizations' order, then each one's drafts by age.
        await invoices.FinalizeAllAsync([.. drafts.OrderBy(i => i.OrganizationId).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id)], ct);
        return new RenewalRunDto(renewed, ended, drafts.Count, warned);
    }
}
