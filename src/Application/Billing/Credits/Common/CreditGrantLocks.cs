using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Credits;

namespace CleanPlatform.Application.Billing.Credits.Common;

/// <summary>
/// Reads prepaid credit grants to change them: it first takes the <c>CreditGrant</c> lock of their organizations
/// (billing.md §8 locks the grants before using them), so that two invoices, a transfer or the expiry job never use
/// the same credits twice. The lock is taken after any other billing lock of the same transaction.
/// </summary>
public sealed class CreditGrantLocks(IBillingDb db, IOrganizationLocks locks)
{
    /// <summary>
    /// The grants of <paramref name="organizationIds"/> in one of <paramref name="currencies"/> that still hold credits
    /// and pay at <paramref name="now"/>, tracked, by organization. Organizations without any take no lock.
    /// </summary>
    public async Task<ILookup<Guid, CreditGrant>> LiveAsync(IReadOnlyCollection<Guid> organizationIds,
        IReadOnlyCollection<string> currencies, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organizationIds);
        var live = db.CreditGrants.IgnoreQueryFilters()
            .Where(g => organizationIds.Contains(g.OrganizationId) && currencies.Contains(g.Currency))
            .Where(CreditGrant.HoldsCreditsAt(now));
        var holders = await live.Select(g => g.OrganizationId).Distinct().ToListAsync(ct);
        if (holders.Count == 0)
            return Array.Empty<CreditGrant>().ToLookup(g => g.OrganizationId);
        await LockAsync(holders, ct);
        var grants = await live.AsTracking().ToListAsync(ct);
        return grants.ToLookup(g => g.OrganizationId);
    }

    /// <summary>Takes the <c>CreditGrant</c> lock of <paramref name="organizationIds"/> until the transaction ends.</summary>
    public Task LockAsync(IReadOnlyCollection<Guid> organizationIds, CancellationToken ct) =>
        locks.AcquireAsync(nameof(CreditGrant), organizationIds, ct);
}
