namespace CleanPlatform.Application.Betting.Bets.Common;

/// <summary>
/// Bets that get the same values, a batch at a time: one <c>ExecuteUpdate</c> per batch writes them all, so a run
/// issues as many statements as there are distinct results, not as many as there are bets.
/// </summary>
public static class BetBatches
{
    /// <summary>Ids per statement: far below every provider's parameter limit (SQL Server's 2,100).</summary>
    public const int Size = 500;

    /// <summary>The ids of <paramref name="rows"/> grouped by <paramref name="key"/>, at most <see cref="Size"/> a batch.</summary>
    public static IEnumerable<(TKey Key, Guid[] Ids)> Of<TRow, TKey>(IEnumerable<TRow> rows, Func<TRow, TKey> key,
        Func<TRow, Guid> id) where TKey : notnull =>
        from g in rows.GroupBy(key)
        from batch in g.Select(id).Chunk(Size)
        select (g.Key, batch);
}
