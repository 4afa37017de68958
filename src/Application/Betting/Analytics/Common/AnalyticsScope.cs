using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>
/// The organization's bets an analytics query reads, filtered and in one currency: <see cref="Bets"/> whatever their
/// status, <see cref="Settled"/> those settled in the period (Won, HalfWon, Push, HalfLost, Lost; betting.md §6).
/// <see cref="Currency"/> is null when the organization has no bets in the filter.
/// </summary>
public sealed record AnalyticsScope(
    string Period, string? Currency, IReadOnlyList<string> OtherCurrencies, IQueryable<Bet> Bets, IQueryable<Bet> Settled)
{
    /// <summary>Builds the scope of <paramref name="query"/> at <paramref name="now"/>; the tenant filter keeps it to the caller's organization.</summary>
    public static async Task<AnalyticsScope> OfAsync(IBettingDb db, IAnalyticsQuery query, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var bets = Filtered(db, query);
        // One currency at a time, so that sums never add euros to pounds: the one asked for, else the most used.
        var currencies = await bets.GroupBy(b => b.Stake.Currency)
            .Select(g => new { Currency = g.Key, Count = g.Count() })
            .OrderByDescending(c => c.Count).ThenBy(c => c.Currency).Select(c => c.Currency).ToListAsync(ct);
        var currency = query.Currency?.ToUpperInvariant() ?? currencies.FirstOrDefault();
        var inCurrency = bets.Where(b => b.Stake.Currency == currency);
        var settled = inCurrency.Where(b => b.Status != BetStatus.Pending && b.Status != BetStatus.Void);
        var since = AnalyticsPeriods.Since(query.Period, now);
        settled = settled.Where(b => b.SettledAt >= since);
        return new AnalyticsScope(AnalyticsPeriods.Normalize(query.Period), currency,
            [.. currencies.Where(c => c != currency)], inCurrency, settled);
    }

    private static IQueryable<Bet> Filtered(IBettingDb db, IAnalyticsQuery query)
    {
        var bets = db.Bets.AsNoTracking();
        if (query.Bookmaker?.Trim() is { Length: > 0 } key)
            bets = bets.Where(b => db.Bookmakers.Any(k => k.Id == b.BookmakerId && k.Key == key));
        if (query.Agent?.Trim() is { Length: > 0 } agent)
            bets = bets.Where(b => b.AgentKey == agent);
        if (query.CompetitionId is { } competitionId)
            bets = bets.Where(b => b.CompetitionId == competitionId);
        if (query.UserId is { } userId)
            bets = bets.Where(b => b.UserId == userId);
        return bets;
    }
}
