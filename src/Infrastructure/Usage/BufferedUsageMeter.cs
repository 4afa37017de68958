using System.Collections.Concurrent;

namespace CleanPlatform.Infrastructure.Usage;

/// <summary>
/// Counts requests in memory and writes them in batches (<see cref="UsageFlusher"/>): one UPDATE per
/// organization per interval, then one read of the totals that brings in other nodes' counts. A node
/// reads an organization's total once, when it first sees it. What a node counted but had not written is
/// lost on a crash (at most one interval); with N nodes an organization can exceed its quota by what the
/// other N-1 nodes admit within one interval.
/// </summary>
internal sealed partial class BufferedUsageMeter(OwnContexts contexts, TimeProvider time,
    ILogger<BufferedUsageMeter> log) : IUsageMeter
{
    private readonly ConcurrentDictionary<(Guid Organization, UsagePeriod Period), UsageTally> _tallies = new();
    private readonly Lock _flushGate = new();
    private Task _lastFlush = Task.CompletedTask;

    public async ValueTask<UsageVerdict> CountAsync(Guid organizationId, long monthlyQuota, DateTimeOffset now,
        CancellationToken ct)
    {
        var period = UsagePeriod.Containing(now);
        var tally = await TallyAsync(organizationId, period, ct);
        var (allowed, used) = tally.TryCount(monthlyQuota);
        return new UsageVerdict(allowed, used, monthlyQuota, period.SecondsUntilEnd(now));
    }

    public async ValueTask<long> UsedAsync(Guid organizationId, DateTimeOffset now, CancellationToken ct) =>
        (await TallyAsync(organizationId, UsagePeriod.Containing(now), ct)).Used;

    private async ValueTask<UsageTally> TallyAsync(Guid organizationId, UsagePeriod period, CancellationToken ct)
    {
        var tally = _tallies.GetOrAdd((organizationId, period), _ => new UsageTally());
        if (tally.Loaded)
            return tally;

        await tally.Loading.WaitAsync(ct);
        try
        {
            if (!tally.Loaded)
            {
                await using var db = contexts.AcrossOrganizations("UsageFlush");
                tally.Load(await Counters(db, organizationId, period.Key).Select(c => c.Requests)
                    .SingleOrDefaultAsync(ct));
            }
        }
        finally
        {
            tally.Loading.Release();
        }

        return tally;
    }
}
