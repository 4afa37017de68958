using CleanPlatform.Application.Betting.Bets.RecordClosingLines;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Opportunities.RunAgents;

/// <summary>
/// Judges the opportunities whose event has finished: the result a bet on each would have had, and its price
/// against the stored close (the same close as bets get, <see cref="EventCloses"/>; none stored, no CLV). A cancelled
/// event's opportunities are void. The agents' track records are made of these.
/// </summary>
internal static class OpportunityCloses
{
    public static async Task<int> ApplyAsync(IBettingDb db, CancellationToken ct)
    {
        var finished = db.SportEvents.AsNoTracking()
            .Where(e => (e.Status == EventStatus.Completed && e.HomeGoals != null && e.AwayGoals != null)
                        || e.Status == EventStatus.Cancelled);
        var open = await (from o in db.Opportunities
                          where o.Result == null
                          join e in finished on o.EventId equals e.Id
                          select new { Opportunity = o, e.KickOffUtc, e.Status, e.HomeGoals, e.AwayGoals })
            .AsTracking().ToListAsync(ct);
        if (open.Count == 0)
            return 0;
        var closes = await EventCloses.LoadAsync(db,
            finished.Where(e => db.Opportunities.Any(o => o.EventId == e.Id && o.Result == null)), ct);
        foreach (var row in open)
        {
            var o = row.Opportunity;
            if (row.Status == EventStatus.Cancelled)
            {
                o.Grade(BetResult.Void);
                continue;
            }
            o.Grade(BetGrading.Of(o.Market, o.Selection, o.Line, new Score(row.HomeGoals!.Value, row.AwayGoals!.Value)).Result);
            var storedLine = BetLines.StoredLine(o.Market, o.Selection, o.Line);
            if (closes.Of(o.EventId, row.KickOffUtc, o.Market, storedLine) is { } close)
            {
                var outcome = StudyMarkets.OutcomesOf(o.Market).ToList().IndexOf(o.Selection);
                o.Close(RecordedClose.Of(o.Odds, close.Prices, outcome, close.Stale));
            }
        }
        return open.Count;
    }
}
