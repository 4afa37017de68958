using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Application.Common.Models;

public static class PagingExtensions
{
    /// <summary>Counts and fetches one page in the database.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int page, int pageSize,
        CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<T>(items, page, pageSize, total);
    }
}
