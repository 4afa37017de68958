namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// Counts API requests against the organization's monthly quota. Counts are kept in memory on each node
/// (or in Redis, shared by all nodes, when configured) and written in batches, so counting costs no
/// database round trip on the request path.
/// </summary>
public interface IUsageMeter
{
    /// <summary>
    /// Counts one request unless the quota is used up: the last written total plus what this node has
    /// not written yet must stay under it. Says which, and how many were used.
    /// </summary>
    ValueTask<UsageVerdict> CountAsync(Guid organizationId, long monthlyQuota, DateTimeOffset now, CancellationToken ct);

    /// <summary>Requests counted in the period containing <paramref name="now"/>, as this node knows them.</summary>
    ValueTask<long> UsedAsync(Guid organizationId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Writes every pending count now: one statement per organization, then one read of the totals.</summary>
    Task FlushAsync(CancellationToken ct);
}

/// <summary>Whether a request fits in the quota; when not, how long until the period ends.</summary>
public sealed record UsageVerdict(bool Allowed, long Used, long Quota, long SecondsUntilReset);
