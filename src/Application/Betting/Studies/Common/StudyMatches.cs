using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.Common;

/// <summary>
/// Loads the completed matches of a filter with their prices, in replay order: kick-off, then the line of the
/// source file (same-time matches keep the file's order, betting.md §6, §10), then id. The database filters the
/// matches and the bookmakers; each snapshot row is read once, as a narrow projection.
/// </summary>
public static class StudyMatches
{
    public static async Task<IReadOnlyList<StudyMatch>> LoadAsync(IBettingDb db, IStudyFilter filter,
        IReadOnlyCollection<string>? bookmakers, CancellationToken ct)
    {
        var events = await WithinLimitAsync(db, filter, ct);

        var rows = await (
                from e in events
                join c in db.Competitions.AsNoTracking() on e.CompetitionId equals c.Id
                select new { e.Id, Competition = c.Key, e.KickOffUtc, e.SourceLine, e.HomeTeam, e.AwayTeam, e.HomeGoals, e.AwayGoals })
            .ToListAsync(ct);
        var matches = rows
            .OrderBy(e => e.KickOffUtc).ThenBy(e => e.SourceLine ?? int.MaxValue).ThenBy(e => e.Id)
            .Select(e => new StudyMatch(e.Id, e.Competition, e.KickOffUtc, e.HomeTeam, e.AwayTeam,
                new Score(e.HomeGoals.GetValueOrDefault(), e.AwayGoals.GetValueOrDefault())))
            .ToList();
        var byId = matches.ToDictionary(m => m.EventId);

        var books = db.Bookmakers.AsNoTracking();
        if (bookmakers is { Count: > 0 })
        {
            var keys = bookmakers.ToList();
            books = books.Where(b => keys.Contains(b.Key));
        }

        // The books are few and the prices many: each row carries its book's id, and the key comes from this map, not
        // as a string read (and allocated) again per row.
        var keyOf = await books.Select(b => new { b.Id, b.Key }).ToDictionaryAsync(b => b.Id, b => b.Key, ct);
        var bookIds = keyOf.Keys.ToList();
        var prices =
            from s in db.OddsSnapshots.AsNoTracking()
            join e in events on s.EventId equals e.Id
            where bookIds.Contains(s.BookmakerId)
            select new { s.EventId, s.BookmakerId, s.Kind, s.Market, s.Line, s.Selection, s.Price, s.CapturedAt };
        await foreach (var p in prices.AsAsyncEnumerable().WithCancellation(ct))
            byId[p.EventId].Add(new StudyQuoteKey(keyOf[p.BookmakerId], p.Kind, p.Market, p.Line), p.Selection, p.Price, p.CapturedAt);
        return matches;
    }

    /// <summary>The completed matches of <paramref name="filter"/>, unordered, refused when over <see cref="IStudyFilter.MaxMatches"/>.</summary>
    /// <exception cref="ValidationException">The filter selects more matches than one study may read.</exception>
    public static async Task<IQueryable<SportEvent>> WithinLimitAsync(IBettingDb db, IStudyFilter filter, CancellationToken ct)
    {
        var events = Filtered(db, filter);
        var count = await events.CountAsync(ct);
        if (count > IStudyFilter.MaxMatches)
            throw new ValidationException(nameof(IStudyFilter.Competitions),
                $"The filter selects {count} matches; narrow it to at most {IStudyFilter.MaxMatches}.");
        return events;
    }

    /// <summary>The completed matches of <paramref name="filter"/>, unordered.</summary>
    public static IQueryable<SportEvent> Filtered(IBettingDb db, IStudyFilter filter)
    {
        var events = db.SportEvents.AsNoTracking()
            .Where(e => e.Status == EventStatus.Completed && e.HomeGoals != null && e.AwayGoals != null);
        if (filter.Competitions is { Count: > 0 })
        {
            var keys = filter.Competitions.ToList();
            var ids = db.Competitions.Where(c => keys.Contains(c.Key)).Select(c => c.Id);
            events = events.Where(e => ids.Contains(e.CompetitionId));
        }

        if (filter.Seasons is { Count: > 0 })
        {
            var names = filter.Seasons.ToList();
            var ids = db.Seasons.Where(s => names.Contains(s.Name)).Select(s => s.Id);
            events = events.Where(e => ids.Contains(e.SeasonId));
        }

        if (filter.DateFrom is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.KickOffUtc >= start);
        }

        if (filter.DateTo is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.KickOffUtc < end);
        }

        return events;
    }
}
