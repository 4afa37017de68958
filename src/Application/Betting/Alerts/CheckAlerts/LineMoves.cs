using System.Globalization;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Alerts.CheckAlerts;

/// <summary>
/// Compares each price of an upcoming event that has an open opportunity or a member's pending bet with its first
/// snapshot; a move past a member's threshold alerts them once per event, bookmaker, market, line, selection and
/// direction (<c>line:…:up</c>). Members hear of an event with an open opportunity if they saved preferences, and of
/// their own pending bets' events always.
/// </summary>
internal static class LineMoves
{
    public static async Task<int> RaiseAsync(IBettingDb db, AlertRecipients recipients, DateTimeOffset now, CancellationToken ct)
    {
        var watchers = await WatchersAsync(db, recipients, now, ct);
        if (watchers.Count == 0)
            return 0;
        var eventIds = watchers.Keys.ToList();
        var prices = await db.OddsSnapshots.AsNoTracking().Where(s => eventIds.Contains(s.EventId))
            .Select(s => new { s.EventId, s.BookmakerId, s.Market, s.Line, s.Selection, s.Price, s.CapturedAt }).ToListAsync(ct);
        var wanted = new List<(Guid UserId, string Key, string Message)>();
        foreach (var line in prices.GroupBy(p => (p.EventId, p.BookmakerId, p.Market, p.Line, p.Selection)))
        {
            var ordered = line.OrderBy(p => p.CapturedAt).ToList();
            var move = AlertRules.MovePercent(ordered[0].Price.Value, ordered[^1].Price.Value);
            var key = string.Create(CultureInfo.InvariantCulture,
                $"line:{line.Key.EventId:N}:{line.Key.BookmakerId:N}:{line.Key.Market}:{line.Key.Line}:{line.Key.Selection}:{(move > 0 ? "up" : "down")}");
            var message = string.Create(CultureInfo.InvariantCulture,
                $"{line.Key.Market} {line.Key.Selection} moved {move:+0.0;-0.0} % ({ordered[0].Price.Value:0.00##} → {ordered[^1].Price.Value:0.00##}).");
            wanted.AddRange(watchers[line.Key.EventId].Where(u => AlertRules.LineMoved(move, recipients.Of(u)))
                .Select(u => (u, key, message)));
        }

        var fresh = await AlertRecipients.NewAsync(db, [.. wanted.Select(w => (w.UserId, w.Key))], ct);
        foreach (var (userId, key, message) in wanted.Where(w => fresh.Contains((w.UserId, w.Key))))
            db.Alerts.Add(Alert.Create(recipients.OrganizationId, userId, AlertKind.LineMove, key, message, now));
        return fresh.Count;
    }

    /// <summary>Upcoming events to watch, and who watches each.</summary>
    private static async Task<Dictionary<Guid, HashSet<Guid>>> WatchersAsync(IBettingDb db, AlertRecipients recipients,
        DateTimeOffset now, CancellationToken ct)
    {
        var bets = await (from b in db.Bets.AsNoTracking()
                          join e in db.SportEvents.AsNoTracking() on b.EventId equals e.Id
                          where b.Status == BetStatus.Pending && e.KickOffUtc > now
                          select new { b.EventId, b.UserId }).ToListAsync(ct);
        var opportunities = recipients.Members.Count == 0
            ? []
            : await db.Opportunities.AsNoTracking().Where(o => o.ExpiresAt > now && o.WithdrawnAt == null)
                .Select(o => o.EventId).Distinct().ToListAsync(ct);
        var watchers = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var bet in bets)
            Watchers(watchers, bet.EventId).Add(bet.UserId);
        foreach (var eventId in opportunities)
            Watchers(watchers, eventId).UnionWith(recipients.Members);
        return watchers;
    }

    private static HashSet<Guid> Watchers(Dictionary<Guid, HashSet<Guid>> watchers, Guid eventId) =>
        watchers.TryGetValue(eventId, out var users) ? users : watchers[eventId] = [];
}
