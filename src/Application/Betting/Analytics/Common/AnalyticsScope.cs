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
        var counts = await bets.GroupBy(b => b.Stake.Currency)
            .Select(g => new { Currency = g.Key, Count = g.Count() }).ToListAsync(ct);
        var (currency, others) = CurrencyOf(query, counts.Select(c => (c.Currency, c.Count)));
        var inCurrency = bets.Where(b => b.Stake.Currency == currency);
        var settled = inCurrency.Where(b => b.Status != BetStatus.Pending && b.Status != BetStatus.Void);
        var since = AnalyticsPeriods.Since(query.Period, now);
        settled = settled.Where(b => b.SettledAt >= since);
        return new AnalyticsScope(AnalyticsPeriods.Normalize(query.Period), currency, others, inCurrency, settled);
    }

    /// <summary>
    /// One currency at a time, so that sums never add euros to pounds: the one asked for, else the one with the most
    /// bets (then the first code). <paramref name="counts"/> are the bets per currency; the others are listed in that order.
    /// </summary>
    public static (string? Currency, IReadOnlyList<string> Others) CurrencyOf(IAnalyticsQuery query,
        IEnumerable<(string Currency, int Count)> counts)
    {
        ArgumentNullException.ThrowIfNull(query);
        var currencies = counts.OrderByDescending(c => c.Count).ThenBy(c => c.Currency, StringComparer.Ordinal)
            .Select(c => c.Currency).ToList();
        var currency = query.Currency?.ToUpperInvariant() ?? currencies.FirstOrDefault();
        return (currency, [.. currencies.Where(c => c != currency)]);
    }

    /// <summary>The organization's bets that <paramref name="query"/>'s filters keep, in every currency and status.</summary>
    public static IQueryable<Bet> Filtered(IBettingDb db, IAnalyticsQuery query)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
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
