using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Credits;

/// <summary>
/// Which grants pay an amount due, and how much each (billing.md §8, §15): grants in the amount's currency that
/// have not expired, the soonest to expire first (never-expiring ones last), then the oldest grant, then by id;
/// a grant may be used in part. What the grants cannot cover is <see cref="Uncovered"/>.
/// </summary>
public sealed record CreditConsumption(IReadOnlyList<CreditUse> Uses, Money Uncovered)
{
    public IReadOnlyList<CreditUse> Uses { get; } = Uses;

    public Money Uncovered { get; } = Uncovered;

    public static CreditConsumption Of(Money due, IEnumerable<CreditBalance> grants, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(grants);
        var uses = new List<CreditUse>();
        var left = due;
        foreach (var grant in PayingOrder(grants, due.Currency, at))
        {
            if (left.Amount <= 0m)
                break;
            var take = grant.Remaining < left ? grant.Remaining : left;
            if (take.Amount <= 0m)
                continue;
            uses.Add(new CreditUse(grant.GrantId, take));
            left -= take;
        }

        return new CreditConsumption(uses, left.Amount > 0m ? left : Money.Zero(due.Currency));
    }

    /// <summary>The order grants pay in, the live ones in <paramref name="currency"/> only.</summary>
    public static IEnumerable<CreditBalance> PayingOrder(IEnumerable<CreditBalance> grants, string currency, DateTimeOffset at) =>
        InPayingOrder(grants.Where(g => string.Equals(g.Remaining.Currency, currency, StringComparison.Ordinal) && g.IsLiveAt(at)));

    /// <summary>
    /// <paramref name="grants"/> in the order they pay, whether live or not: the soonest to expire first (never-expiring
    /// ones last), then the oldest grant, then by id.
    /// </summary>
    public static IEnumerable<CreditBalance> InPayingOrder(IEnumerable<CreditBalance> grants) =>
        grants.OrderBy(g => g.ExpiresAt is null)
            .ThenBy(g => g.ExpiresAt)
            .ThenBy(g => g.GrantedAt)
            .ThenBy(g => g.GrantId);
}
