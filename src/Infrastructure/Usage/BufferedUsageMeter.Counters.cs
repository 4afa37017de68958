namespace CleanPlatform.Infrastructure.Usage;

// The database side of the meter: adding a batch to a counter, reading totals back, forgetting old months.
internal sealed partial class BufferedUsageMeter
{
    // One statement in the common case; the first batch of a month inserts the row instead.
    private static async Task<long> AddAsync(AppDbContext db, Guid organizationId, UsagePeriod period, long batch,
        CancellationToken ct)
    {
        var counters = Counters(db, organizationId, period.Key);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await counters.ExecuteUpdateAsync(s => s.SetProperty(c => c.Requests, c => c.Requests + batch), ct) == 1)
                return 0; // the read after the loop brings the total in

            db.UsageCounters.Add(UsageCounter.Open(organizationId, period, batch));
            try
            {
                await db.SaveChangesAsync(ct);
                return batch;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                // The organization is gone (deleted, or its sign-up rolled back after a request was counted):
                // nobody is left to hold to a quota, so its counts are dropped instead of retried forever.
                if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, ct))
                    return batch;
                // Otherwise another node opened the month's counter first: add to it.
            }
        }

        throw new InvalidOperationException($"Could not count usage of organization {organizationId}.");
    }

    private async Task RefreshAsync(AppDbContext db, CancellationToken ct)
    {
        var current = UsagePeriod.Containing(time.GetUtcNow());
        var organizations = _tallies.Keys.Where(k => k.Period == current).Select(k => k.Organization).ToList();
        if (organizations.Count == 0)
            return;
        var totals = await db.UsageCounters.AsNoTracking()
            .Where(c => c.Period == current.Key && organizations.Contains(c.OrganizationId))
            .Select(c => new { c.OrganizationId, c.Requests })
            .ToListAsync(ct);
        foreach (var total in totals)
        {
            if (_tallies.TryGetValue((total.OrganizationId, current), out var tally))
                tally.Refresh(total.Requests);
        }
    }

    private void ForgetPastPeriods()
    {
        var current = UsagePeriod.Containing(time.GetUtcNow());
        foreach (var (key, tally) in _tallies)
        {
            if (key.Period != current && tally.Idle)
                _tallies.TryRemove(key, out _);
        }
    }

    private static IQueryable<UsageCounter> Counters(AppDbContext db, Guid organizationId, string period) =>
        db.UsageCounters.Where(c => c.OrganizationId == organizationId && c.Period == period);
}
