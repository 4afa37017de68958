namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// Serializes one kind of work for one organization across every node: the lock is taken inside the current
/// transaction and held until it ends, so a second request of the same kind waits for the first to commit and
/// then sees its rows (two imports of one file: the second finds everything there instead of failing on a
/// unique index).
/// </summary>
public interface IOrganizationLocks
{
    /// <summary>Waits for, then holds until the transaction ends, the lock named <paramref name="purpose"/> of <paramref name="organizationId"/>.</summary>
    Task AcquireAsync(string purpose, Guid organizationId, CancellationToken ct);

    /// <summary>
    /// Takes the lock named <paramref name="purpose"/> of each of <paramref name="organizationIds"/>, in an order every
    /// caller shares (so two batches, or a batch and a single lock, never deadlock), and holds them until the
    /// transaction ends.
    /// </summary>
    Task AcquireAsync(string purpose, IReadOnlyCollection<Guid> organizationIds, CancellationToken ct);
}
