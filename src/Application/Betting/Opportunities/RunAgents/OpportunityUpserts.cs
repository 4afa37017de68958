using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Opportunities.RunAgents;

/// <summary>
/// Writes a run's findings: a new opportunity for a selection an agent had not raised on the event's market and line,
/// fresher prices on one it had. With <c>withdrawUnseen</c> (a scan of upcoming events), an open opportunity of the
/// scanned events that no agent finds again is withdrawn.
/// </summary>
internal static class OpportunityUpserts
{
    public static async Task<(int Raised, int Updated)> ApplyAsync(IBettingDb db, Guid organizationId, IQueryable<SportEvent> scope,
        IReadOnlyList<AgentFinding> findings, bool withdrawUnseen, DateTimeOffset now, CancellationToken ct)
    {
        // Tracked, whatever the scope's own tracking: these are updated.
        var existing = await (from o in db.Opportunities join e in scope on o.EventId equals e.Id select o).AsTracking()
            .ToListAsync(ct);
        var byKey = existing.ToDictionary(KeyOf);
        var books = await db.Bookmakers.AsNoTracking().ToDictionaryAsync(b => b.Key, b => b.Id, StringComparer.Ordinal, ct);
        var (raised, updated) = (0, 0);
        var seen = new HashSet<(Guid, string, MarketKind, decimal, Selection)>();
        foreach (var (sportEvent, agent, board, signal) in findings)
        {
            var key = (board.EventId, agent.Key, board.Market, BetLines.StoredLine(board.Market, signal.Selection, board.Line),
                signal.Selection);
            seen.Add(key);
            var bookmakerId = books[signal.Bookmaker];
            if (byKey.TryGetValue(key, out var opportunity))
            {
                if (opportunity.PricedAt == board.DecisionTime && opportunity.Odds == signal.Odds
                    && opportunity.BookmakerId == bookmakerId && opportunity.ExpectedValue == Opportunity.Stored(signal.ExpectedValue)
                    && opportunity.WithdrawnAt is null)
                    continue;
                opportunity.Update(bookmakerId, agent, board, signal);
                updated++;
                continue;
            }
            opportunity = Opportunity.Detect(organizationId, sportEvent.SportId, sportEvent.CompetitionId,
                bookmakerId, agent, board, signal, now);
            db.Opportunities.Add(opportunity);
            byKey[key] = opportunity;
            raised++;
        }

        if (withdrawUnseen)
        {
            foreach (var opportunity in existing.Where(o => o.IsOpenAt(now) && !seen.Contains(KeyOf(o))))
                opportunity.Withdraw(now);
        }
        return (raised, updated);
    }

    private static (Guid, string, MarketKind, decimal, Selection) KeyOf(Opportunity o) =>
        (o.EventId, o.AgentKey, o.Market, o.Line, o.Selection);
}
