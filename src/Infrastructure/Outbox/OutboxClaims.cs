namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>
/// Claims due rows for one node with a conditional UPDATE: it sets a lease only on rows that are still free
/// (unleased or past their lease), so of two nodes racing for a row one gets it; then it reads back what its
/// lease holds. The same statements on SQLite, PostgreSQL and SQL Server; no row locks are held.
/// </summary>
internal sealed class OutboxClaims(OutboxCatalog catalog, IOptions<OutboxOptions> options, TimeProvider time)
{
    public async Task<OutboxLease> ClaimAsync(AppDbContext db, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var lease = new OutboxLease(Guid.CreateVersion7(now), now + options.Value.LeaseDuration);
        var types = catalog.TypeNames.ToList();
        var free = db.OutboxMessages.Where(m => m.ProcessedAt == null && m.Attempts < options.Value.MaxAttempts
            && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil <= now) && types.Contains(m.Type));
        var candidates = await free.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Select(m => m.Id)
            .Take(options.Value.BatchSize).ToListAsync(ct);
        if (candidates.Count == 0)
            return lease;

        // Re-checked inside the UPDATE: a row another node claimed since the read above is left alone.
        await free.Where(m => candidates.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LeaseId, lease.Id)
            .SetProperty(m => m.LeasedUntil, lease.Until), ct);
        lease.Messages.AddRange(await db.OutboxMessages.AsNoTracking().Where(m => m.LeaseId == lease.Id)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).ToListAsync(ct));
        return lease;
    }
}
