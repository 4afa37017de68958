namespace CleanPlatform.Application.Common.Models;

public static class PagingExtensions
{
    /// <summary>
    /// Fetches one page and the total in one round trip: each row carries the count as an uncorrelated
    /// subquery, which the databases compute once. Only a page past the end, which has no row to carry it,
    /// costs a second query.
    /// </summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int page, int pageSize,
        CancellationToken ct)
    {
        var rows = await query.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(item => new PageRow<T>(item, query.Count()))
            .ToListAsync(ct);
        var total = rows.Count > 0 ? rows[0].Total : await query.CountAsync(ct);
        return new PagedList<T>([.. rows.Select(r => r.Item)], page, pageSize, total);
    }

    private sealed record PageRow<T>(T Item, int Total);
}
