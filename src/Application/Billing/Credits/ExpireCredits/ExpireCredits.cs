using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Credits.Common;
using CleanPlatform.Domain.Billing.Credits;

namespace CleanPlatform.Application.Billing.Credits.ExpireCredits;

/// <summary>
/// Writes off what is left of the prepaid credit grants that have expired (billing.md §8), with an <c>expire</c>
/// ledger entry each, up to <see cref="BatchSize"/> grants per run; returns how many. Running it again expires nothing
/// more. Expired grants never pay, whether or not this has run. Sent by the hourly job, as the system caller across
/// organizations; nothing else may send it.
/// </summary>
public sealed record ExpireCredits : ICommand<int>
{
    /// <summary>The most grants one run writes off; the next run takes the rest.</summary>
    public const int BatchSize = 1000;
}

public sealed class ExpireCreditsHandler(IBillingDb db, CreditGrantLocks locks, ICurrentUser user, TimeProvider time)
    : ICommandHandler<ExpireCredits, int>
{
    public async ValueTask<int> Handle(ExpireCredits command, CancellationToken cancellationToken)
    {
        if (!user.IsSystemAcrossOrganizations())
            throw new ForbiddenException("Only the expiry job, across organizations, expires credits.");
        var now = time.GetUtcNow();
        var expired = db.CreditGrants.IgnoreQueryFilters().Where(g => g.Remaining > 0m && g.ExpiresAt <= now);
        var organizationIds = await expired.Select(g => g.OrganizationId).Distinct().Take(ExpireCredits.BatchSize)
            .ToListAsync(cancellationToken);
        if (organizationIds.Count == 0)
            return 0;
        await locks.LockAsync(organizationIds, cancellationToken);
        var grants = await expired.Where(g => organizationIds.Contains(g.OrganizationId)).AsTracking()
            .OrderBy(g => g.ExpiresAt).ThenBy(g => g.Id).Take(ExpireCredits.BatchSize).ToListAsync(cancellationToken);
        var entries = grants.Select(g => g.Expire(now)).OfType<CreditLedgerEntry>().ToList();
        db.CreditLedger.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
        return entries.Count;
    }
}
