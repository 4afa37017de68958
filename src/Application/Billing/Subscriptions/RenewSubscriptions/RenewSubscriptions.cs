using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Subscriptions;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Subscriptions.RenewSubscriptions;

/// <summary>
/// The renewal run (billing.md §9), sent by the renewal job as the system caller: inside the caller's organization, or,
/// for a caller across organizations, in each of <see cref="OrganizationIds"/> at once, in one transaction. A live
/// subscription whose period has ended moves to the next one (a trial becomes active, a waiting change applies, a
/// cancellation at the period's end ends it), and each new period gets its draft invoice in the same transaction, so a
/// run stopped at any point neither loses nor doubles one; a trial ending within three days is warned of, once. Then every draft older than
/// <see cref="RenewalOptions.FinalizeAfter"/> is finalized in the run's transaction, the numbers taken as one block.
/// </summary>
[Authorize(Roles.Admin), Audited("Subscription")]
public sealed record RenewSubscriptions(IReadOnlyList<Guid>? OrganizationIds = null) : ICommand<RenewalRunDto>;

/// <summary>What a run did: periods started, subscriptions that ended, invoices finalized, trials warned of their end.</summary>
public sealed record RenewalRunDto(int Renewed, int Ended, int Finalized, int TrialsWarned = 0);

public sealed class RenewSubscriptionsHandler(
    IBillingDb db, IOrganizationLocks locks, ICurrentUser user, AuditScope audit, InvoiceIssuer invoices,
    IOptions<RenewalOptions> options, TimeProvider time) : ICommandHandler<RenewSubscriptions, RenewalRunDto>
{
    public async ValueTask<RenewalRunDto> Handle(RenewSubscriptions command, CancellationToken cancellationToken)
    {
        var organizationIds = OrganizationsOf(command);
        // The same lock as a plan change: a change and a renewal never work on the same period at once.
        await locks.AcquireAsync(nameof(Subscription), organizationIds, cancellationToken);
        var now = time.GetUtcNow();
        var (renewed, ended) = (0, 0);
        var subscriptions = await db.Subscriptions.AsTracking().Where(Subscription.IsLive)
            .Where(s => organizationIds.Contains(s.OrganizationId)).ToListAsync(cancellationToken);
        var warned = 0;
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

        await db.SaveChangesAsync(cancellationToken);

        var due = now - options.Value.FinalizeAfter;
        var drafts = await db.Invoices.AsTracking()
            .Where(i => organizationIds.Contains(i.OrganizationId) && i.Status == InvoiceStatus.Draft && i.CreatedAt <= due)
            .ToListAsync(cancellationToken);
        // Numbers follow the organizations' order, then each one's drafts by age.
        var ordered = drafts.OrderBy(i => i.OrganizationId).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id).ToList();
        await invoices.FinalizeAllAsync(ordered, cancellationToken);
        if (user.OrganizationId is null)
            foreach (var organizationId in organizationIds)
                audit.AlsoActedIn(organizationId);
        return new RenewalRunDto(renewed, ended, drafts.Count, warned);
    }

    /// <exception cref="ForbiddenException">When a caller inside one organization names others.</exception>
    /// <exception cref="ValidationException"><c>organizationIds</c> when a caller across organizations names none.</exception>
    private List<Guid> OrganizationsOf(RenewSubscriptions command)
    {
        if (user.OrganizationId is { } own)
            return command.OrganizationIds is null || command.OrganizationIds.All(id => id == own)
                ? [own]
                : throw new ForbiddenException("A renewal inside an organization renews that organization only.");
        return command.OrganizationIds is { Count: > 0 } batch
            ? batch.Distinct().ToList()
            : throw new ValidationException("organizationIds", "Name the organizations a renewal across organizations renews.");
    }
}
