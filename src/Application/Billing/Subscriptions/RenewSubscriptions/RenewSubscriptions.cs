using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Subscriptions;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Subscriptions.RenewSubscriptions;

/// <summary>
/// The renewal run for the caller's organization (billing.md §9), sent by the renewal job as the system caller. A live
/// subscription whose period has ended moves to the next one (a trial becomes active, a waiting change applies, a
/// cancellation at the period's end ends it), and each new period gets its draft invoice in the same transaction, so a
/// run stopped at any point neither loses nor doubles one. Then every draft older than
/// <see cref="RenewalOptions.FinalizeAfter"/> is finalized, each in the run's transaction, taking the next number.
/// </summary>
[Authorize(Roles.Admin), Audited("Subscription")]
public sealed record RenewSubscriptions : ICommand<RenewalRunDto>;

/// <summary>What a run did: periods started, subscriptions that ended, invoices finalized.</summary>
public sealed record RenewalRunDto(int Renewed, int Ended, int Finalized);

public sealed class RenewSubscriptionsHandler(
    IBillingDb db, IOrganizationLocks locks, ICurrentUser user, InvoiceIssuer invoices,
    IOptions<RenewalOptions> options, TimeProvider time) : ICommandHandler<RenewSubscriptions, RenewalRunDto>
{
    public async ValueTask<RenewalRunDto> Handle(RenewSubscriptions command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        // The same lock as a plan change: a change and a renewal never work on the same period at once.
        await locks.AcquireAsync(nameof(Subscription), organizationId, cancellationToken);
        var now = time.GetUtcNow();
        var (renewed, ended) = (0, 0);
        if (await db.LiveSubscriptionAsync(organizationId, cancellationToken) is { } subscription)
        {
            for (var i = 0; i < options.Value.MaxPeriodsPerRun && subscription.PeriodEnd <= now; i++)
            {
                if (!subscription.Renew(now))
                {
                    ended++;
                    break;
                }

                var invoice = Invoice.Draft(organizationId, subscription.Currency, now);
                var (description, amount) = SubscriptionLines.Period(subscription.Price, subscription.CurrentPeriod,
                    subscription.TimeZone);
                invoice.AddLine(description, 1m, amount.Amount);
                db.Invoices.Add(invoice);
                renewed++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var due = now - options.Value.FinalizeAfter;
        var drafts = await db.Invoices.AsTracking().Where(i => i.Status == InvoiceStatus.Draft && i.CreatedAt <= due)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        foreach (var draft in drafts)
            await invoices.FinalizeAsync(draft, cancellationToken);
        return new RenewalRunDto(renewed, ended, drafts.Count);
    }
}
