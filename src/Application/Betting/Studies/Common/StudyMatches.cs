using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.Common;

/// <summary>
/// Loads the completed matches of a filter with their prices, in replay order: kick-off, then the line of the
/// source file (same-time matches keep the file's order, betting.md §6, §10), then id. The database filters the
/// matches and the bookmakers; each snapshot row is read once, as a narrow projection. A long backtest reads the
/// matches first (<see cref="InOrderAsync"/>) and their prices a chunk at a time (<see cref="LoadChunkAsync"/>).
/// </summary>
public static class StudyMatches
{
    public static async Task<IReadOnlyList<StudyMatch>> LoadAsync(IBettingDb db, IStudyFilter filter,
        IReadOnlyCollection<string>? bookmakers, CancellationToken ct)
    {
        var events = await WithinLimitAsync(db, filter, ct);
        var matches = (await InOrderAsync(db, events, ct)).Select(m => m.ToMatch()).ToList();
        var byId = matches.ToDictionary(m => m.EventId);
        var books = await BooksAsync(db, bookmakers, ct);
        var snapshots =
            from s in db.OddsSnapshots.AsNoTracking()
            join e in events on s.EventId equals e.Id
            select s;
        await AddPricesAsync(snapshots, books, byId, ct);
        return matches;
    }

    /// <summary>The matches of <paramref name="events"/> in replay order, without their prices.</summary>
    public static async Task<IReadOnlyList<StudyMatchRow>> InOrderAsync(IBettingDb db, IQueryable<SportEvent> events,
        CancellationToken ct)
    {
        var rows = await (
                from e in events
                join c in db.Competitions.AsNoTracking() on e.CompetitionId equals c.Id
                select new { e.Id, Competition = c.Key, e.KickOffUtc, e.SourceLine, e.HomeTeam, e.AwayTeam, e.HomeGoals, e.AwayGoals })
            .ToListAsync(ct);
        return rows
            .OrderBy(e => e.KickOffUtc).ThenBy(e => e.SourceLine ?? int.MaxValue).ThenBy(e => e.Id)
            .Select(e => new StudyMatchRow(e.Id, e.Competition, e.KickOffUtc, e.HomeTeam, e.AwayTeam,
                new Score(e.HomeGoals.GetValueOrDefault(), e.AwayGoals.GetValueOrDefault())))
            .ToList();
    }

    /// <summary>The bookmakers named (every one when null or empty), by id, with their keys.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> BooksAsync(IBettingDb db,
        IReadOnlyCollection<string>? bookmakers, CancellationToken ct)
    {
        var books = db.Bookmakers.AsNoTracking();
        if (bookmakers is { Count: > 0 })
        {
            var keys = bookmakers.ToList();
            books = books.Where(b => keys.Contains(b.Key));
        }

        return await books.Select(b => new { b.Id, b.Key }).ToDictionaryAsync(b => b.Id, b => b.Key, ct);
    }

    /// <summary>The matches of <paramref name="chunk"/>, in its order, with the prices of <paramref name="books"/>.</summary>
    public static async Task<IReadOnlyList<StudyMatch>> LoadChunkAsync(IBettingDb db, IReadOnlyList<StudyMatchRow> chunk,
        IReadOnlyDictionary<Guid, string> books, CancellationToken ct)
    {
        var matches = chunk.Select(m => m.ToMatch()).ToList();
        var byId = matches.ToDictionary(m => m.EventId);
        var ids = byId.Keys.ToList();
        await AddPricesAsync(db.OddsSnapshots.AsNoTracking().Where(s => ids.Contains(s.EventId)), books, byId, ct);
        return matches;
    }

    /// <summary>The completed matches of <paramref name="filter"/>, unordered, refused when over <paramref name="limit"/>.</summary>
    /// <exception cref="ValidationException">The filter selects more matches than one study may read.</exception>
    public static async Task<IQueryable<SportEvent>> WithinLimitAsync(IBettingDb db, IStudyFilter filter, CancellationToken ct,
        int limit = IStudyFilter.MaxMatches)
    {
        var events = Filtered(db, filter);
        var count = await events.CountAsync(ct);
        if (count > limit)
            throw new ValidationException(nameof(IStudyFilter.Competitions),
                $"The filter selects {count} matches; narrow it to at most {limit}.");
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

    // The books are few and the prices many: each row carries its book's id, and the key comes from this map, not as a
    // string read (and allocated) again per row.
    private static async Task AddPricesAsync(IQueryable<OddsSnapshot> snapshots, IReadOnlyDictionary<Guid, string> books,
        Dictionary<Guid, StudyMatch> byId, CancellationToken ct)
    {
        var bookIds = books.Keys.ToList();
        var prices = snapshots
            .Where(s => bookIds.Contains(s.BookmakerId))
            .Select(s => new { s.EventId, s.BookmakerId, s.Kind, s.Market, s.Line, s.Selection, s.Price, s.CapturedAt });
        await foreach (var p in prices.AsAsyncEnumerable().WithCancellation(ct))
            byId[p.EventId].Add(new StudyQuoteKey(books[p.BookmakerId], p.Kind, p.Market, p.Line), p.Selection, p.Price, p.CapturedAt);
    }
}
