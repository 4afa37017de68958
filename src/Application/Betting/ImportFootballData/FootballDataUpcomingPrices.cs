using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>
/// The prices of matches still to come, stamped at import: only those that differ from the latest price stored for the
/// same outcome are new, so a fixtures file imported twice adds nothing and one downloaded later adds the moves.
/// </summary>
internal static class FootballDataUpcomingPrices
{
    public static async Task<List<OddsSnapshot>> MovedAsync(IBettingDb db, List<OddsSnapshot> upcoming, CancellationToken ct)
    {
        if (upcoming.Count == 0)
            return [];
        var eventIds = upcoming.Select(s => s.EventId).Distinct().ToList();
        var stored = await db.OddsSnapshots.AsNoTracking()
            .Where(s => eventIds.Contains(s.EventId) && s.Kind == SnapshotKind.PreClosing)
            .Select(s => new { s.EventId, s.BookmakerId, s.Market, s.Line, s.Selection, s.Price, s.CapturedAt })
            .ToListAsync(ct);
        var latest = stored.GroupBy(s => (s.EventId, s.BookmakerId, s.Market, s.Line, s.Selection))
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.CapturedAt)!.Price);
        return [.. upcoming.Where(s => !latest.TryGetValue((s.EventId, s.BookmakerId, s.Market, s.Line, s.Selection), out var price)
            || price != s.Price)];
    }
}
