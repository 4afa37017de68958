using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.Credits;

namespace CleanPlatform.Application.Billing.Credits.GetCreditWallet;

/// <summary>
/// The caller's organization's prepaid credits now, per currency: what its live grants hold, and the next of them to
/// expire. An organization without credits has no balances.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record GetCreditWallet : IQuery<CreditWalletDto>;

/// <summary>The organization's prepaid credits, one balance per currency, in currency order.</summary>
/// <param name="Balances">What the live grants hold, per currency.</param>
public sealed record CreditWalletDto(IReadOnlyList<CreditWalletBalanceDto> Balances);

/// <summary>What the live grants in one currency hold, and what of it expires first.</summary>
/// <param name="Currency">The ISO 4217 code.</param>
/// <param name="Available">What the live grants hold: what the next invoices in this currency may take.</param>
/// <param name="LiveGrants">How many grants hold it.</param>
/// <param name="NextExpiryAt">When the first of them expires; null when none does.</param>
/// <param name="ExpiringNext">What expires then, unless spent before.</param>
public sealed record CreditWalletBalanceDto(
    string Currency, decimal Available, int LiveGrants, DateTimeOffset? NextExpiryAt, decimal ExpiringNext);

public sealed class GetCreditWalletHandler(IBillingDb db, TimeProvider time) : IQueryHandler<GetCreditWallet, CreditWalletDto>
{
    public async ValueTask<CreditWalletDto> Handle(GetCreditWallet query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var live = await db.CreditGrants.AsNoTracking().Where(CreditGrant.HoldsCreditsAt(now))
            .Select(g => new { g.Currency, g.Remaining, g.ExpiresAt })
            .ToListAsync(cancellationToken);
        return new CreditWalletDto([.. live.GroupBy(g => g.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(currency =>
            {
                var next = currency.Min(g => g.ExpiresAt);
                return new CreditWalletBalanceDto(currency.Key, Amounts.Money(currency.Sum(g => g.Remaining), currency.Key),
                    currency.Count(), next,
                    Amounts.Money(next is null ? 0m : currency.Where(g => g.ExpiresAt == next).Sum(g => g.Remaining), currency.Key));
            })]);
    }
}
