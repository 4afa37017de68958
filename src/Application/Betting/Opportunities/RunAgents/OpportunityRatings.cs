using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Application.Betting.Opportunities.RunAgents;

/// <summary>
/// Scores the opportunities of the scanned events. Opportunities of different agents on the same selection (event,
/// market, line) agree; each agent weighs by its track record (<see cref="AgentTrackRecord"/>, the mean fair CLV of
/// its closed opportunities when the run starts), and an opportunity's agreement is the other agreeing agents'
/// weights summed. A withdrawn opportunity agrees with no one.
/// </summary>
internal static class OpportunityRatings
{
    public static async Task ApplyAsync(IBettingDb db, IQueryable<SportEvent> scope, CancellationToken ct)
    {
        var records = (await db.Opportunities.AsNoTracking().Where(o => o.ClvFair != null)
                .GroupBy(o => o.AgentKey)
                .Select(g => new { Agent = g.Key, Closed = g.Count(), Mean = g.Average(o => o.ClvFair) })
                .ToListAsync(ct))
            // The database averages in whatever order it reads the rows, which an update changes: rounded, the mean
            // (and so every weight and score) is the same on a rerun over the same closes.
            .ToDictionary(r => r.Agent, r => new AgentTrackRecord(r.Agent, r.Closed, r.Mean is { } mean ? Math.Round(mean, 12) : null),
                StringComparer.Ordinal);
        double WeightOf(string agent) => records.TryGetValue(agent, out var record) ? record.Weight : 1.0;

        var opportunities = await (from o in db.Opportunities join e in scope on o.EventId equals e.Id select o).AsTracking()
            .ToListAsync(ct);
        foreach (var selection in opportunities.GroupBy(o => (o.EventId, o.Market, o.Line, o.Selection)))
        {
            // Summed in one order whatever order the rows came in: a sum of doubles depends on it.
            var agreeing = selection.Where(o => o.WithdrawnAt is null).Select(o => o.AgentKey).Distinct()
                .Order(StringComparer.Ordinal).ToList();
            var weight = agreeing.Sum(WeightOf);
            foreach (var o in selection)
            {
                var active = o.WithdrawnAt is null;
                var agreement = active ? weight - WeightOf(o.AgentKey) : 0;
                var score = OpportunityScore.Of(o.ExpectedValue, agreement, o.Odds, o.ExpiresAt - o.PricedAt, o.Margin);
                o.Rate(score, OpportunityScore.LabelOf(score, o.ExpectedValue), active ? agreeing : [o.AgentKey],
                    active ? weight : WeightOf(o.AgentKey));
            }
        }
    }
}
