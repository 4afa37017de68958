using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Settings.Common;

/// <summary>
/// The organization's bankroll now, in the currency of its settings' initial bankroll: initial + Σ profit of the
/// settled bets, with Σ stakes of the pending bets at risk. Bets in another currency count in neither sum (the
/// platform converts no currencies); <see cref="OtherCurrencyBets"/> says how many were left out.
/// </summary>
internal sealed record Bankroll(
    BettingSettings Settings, decimal SettledProfit, decimal OpenStakes, int PendingBets, int SettledBets, int OtherCurrencyBets)
{
    public string Currency => Settings.InitialBankroll.Currency;

    public decimal Current => Settings.InitialBankroll.Amount + SettledProfit;

    public decimal Available => Current - OpenStakes;

    /// <summary>Open stakes / current bankroll; 1 when the bankroll is gone and something is still at risk.</summary>
    public decimal OpenShare => Current > 0m ? OpenStakes / Current : OpenStakes > 0m ? 1m : 0m;

    /// <summary>Sums and counts in the database, one row per currency and state: the bets themselves are never loaded.</summary>
    public static async Task<Bankroll> OfAsync(IBettingDb db, Guid organizationId, CancellationToken ct)
    {
        var settings = await db.OfAsync(organizationId, ct);
        var currency = settings.InitialBankroll.Currency;
        var groups = await db.Bets.AsNoTracking().Where(b => b.OrganizationId == organizationId)
            .GroupBy(b => new { b.Stake.Currency, Pending = b.Status == BetStatus.Pending })
            .Select(g => new { g.Key.Currency, g.Key.Pending, Count = g.Count(), Stakes = g.Sum(b => b.Stake.Amount), Profit = g.Sum(b => b.Profit) })
            .ToListAsync(ct);
        var pending = groups.SingleOrDefault(g => g.Currency == currency && g.Pending);
        var settled = groups.SingleOrDefault(g => g.Currency == currency && !g.Pending);
        return new(settings, settled?.Profit ?? 0m, pending?.Stakes ?? 0m, pending?.Count ?? 0, settled?.Count ?? 0,
            groups.Where(g => g.Currency != currency).Sum(g => g.Count));
    }
}
