using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;
using CleanPlatform.Domain.Common;
using CleanPlatform.Infrastructure.Persistence;

namespace CleanPlatform.Infrastructure.Betting.Seeding;

/// <summary>
/// The demo organization's bets: its Admin backed the latest opportunities the agents rated worth analysing, one per
/// match, two hours before kick-off, at the opportunity's price with a quarter-Kelly stake (capped at 5 %) of a
/// 1,000 EUR bankroll. Settlement and closing-line runs then judge them as they judge any bet.
/// </summary>
internal static class BettingDemoBets
{
    /// <summary>How many bets the demo places.</summary>
    public const int Count = 40;

    private const decimal Bankroll = 1000m;

    public static async Task<int> PlaceAsync(AppDbContext db, Guid organizationId, Guid userId, DateTimeOffset now,
        CancellationToken ct)
    {
        var candidates = await db.Opportunities
            .Where(o => o.OrganizationId == organizationId && o.Label == OpportunityLabel.Analyser && o.ExpiresAt < now)
            .OrderByDescending(o => o.ExpiresAt).ThenByDescending(o => o.Score).ThenBy(o => o.Id)
            .Take(Count * 5).ToListAsync(ct);
        var picks = candidates.DistinctBy(o => o.EventId).Take(Count).ToList();
        if (picks.Count == 0)
            return 0;
        var eventIds = picks.Select(o => o.EventId).ToList();
        var events = await db.SportEvents.Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var competitions = await db.Competitions.Where(c => c.OrganizationId == organizationId).ToDictionaryAsync(c => c.Id, ct);
        var bookmakers = await db.Bookmakers.Where(b => b.OrganizationId == organizationId).ToDictionaryAsync(b => b.Id, ct);
        foreach (var o in picks)
        {
            var candidate = new BetCandidate(o.FairProbability, o.Odds);
            var fraction = KellyStaking.Default.Fraction(candidate);
            var stake = Cents.RoundDown(fraction * Bankroll);
            if (stake <= 0m)
                continue;
            var sportEvent = events[o.EventId];
            db.Bets.Add(Bet.Place(sportEvent, competitions[sportEvent.CompetitionId], bookmakers[o.BookmakerId], userId,
                new BetPick(o.Market, o.Selection, o.Line), o.Odds, new Money(stake, "EUR"), o.ExpiresAt.AddHours(-2),
                new BetOrigin(o.Id, o.AgentKey, o.Edge, fraction), now));
        }
        return await db.SaveChangesAsync(ct);
    }
}
