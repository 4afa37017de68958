using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Common;

/// <summary>
/// Writes odds snapshots in bulk (binary COPY, SqlBulkCopy or batched inserts by provider), never one row at a time
/// through the change tracker. It writes on the command's own connection and transaction, so a failed command
/// leaves none of them behind.
/// </summary>
public interface IOddsSnapshotWriter
{
    /// <summary>
    /// Adds the snapshots not stored yet, by their natural key (organization, event, bookmaker, market, line,
    /// selection, kind, capture time); the others are left as they are. Needs a transaction.
    /// </summary>
    /// <returns>How many of <paramref name="snapshots"/> were new.</returns>
    Task<int> WriteAsync(IReadOnlyList<OddsSnapshot> snapshots, CancellationToken ct);
}
