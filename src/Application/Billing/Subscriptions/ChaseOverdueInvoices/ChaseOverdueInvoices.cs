using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Subscriptions;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Subscriptions.ChaseOverdueInvoices;

/// <summary>
/// The dunning run for the caller's organization (billing.md §9, bank transfer), sent by its job as the system caller.
/// An open invoice past its due date makes the live subscription past due (access continues); on each of
/// <see cref="DunningOptions.ReminderDays"/> its buyer is reminded once; at <see cref="DunningOptions.FinalDay"/> it is
/// uncollectible and the subscription ends, leaving the organization on the free plan. A second run the same day
/// changes nothing.
/// </summary>
[Authorize(Roles.Admin), Audited("Invoice")]
public sealed record ChaseOverdueInvoices : ICommand<DunningRunDto>;

/// <summary>What a run did: reminders sent, subscriptions made past due, invoices written off, subscriptions ended.</summary>
public sealed record DunningRunDto(int Reminded, int PastDue, int Uncollectible, int Ended);

public sealed class ChaseOverdueInvoicesHandler(
    IBillingDb db, IOrganizationLocks locks, ICurrentUser user, IOptions<DunningOptions> options, TimeProvider time)
    : ICommandHandler<ChaseOverdueInvoices, DunningRunDto>
{
    public async ValueTask<DunningRunDto> Handle(ChaseOverdueInvoices command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        await locks.AcquireAsync(nameof(Subscription), organizationId, cancellationToken);
        var (now, dunning) = (time.GetUtcNow(), options.Value);
        var overdue = await db.Invoices.AsTracking().Where(Invoice.OverdueAt(now))
            .OrderBy(i => i.DueAt).ToListAsync(cancellationToken);
        var subscription = await db.LiveSubscriptionAsync(organizationId, cancellationToken);
        var (reminded, pastDue, uncollectible, ended) = (0, 0, 0, 0);
        foreach (var invoice in overdue)
        {
            var daysLate = (now - invoice.DueAt!.Value).TotalDays;
            if (subscription is { Status: SubscriptionStatus.Active or SubscriptionStatus.Trialing })
            {
                subscription.PaymentFailed();
                pastDue++;
            }

            if (daysLate >= dunning.FinalDay)
            {
                invoice.MarkUncollectible(now);
                uncollectible++;
                if (subscription is { Status: SubscriptionStatus.PastDue })
                {
                    subscription.DunningExhausted(now);
                    ended++;
                }
            }
            else if (invoice.Remind(dunning.Reminders.Count(day => daysLate >= day)))
            {
                reminded++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new DunningRunDto(reminded, pastDue, uncollectible, ended);
    }
}
