using System.Collections.Concurrent;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanPlatform.Infrastructure.Usage;

/// <summary>
/// Counts requests in memory and writes them in batches (<see cref="UsageFlusher"/>): one UPDATE per
/// organization per interval, then one read of the totals that brings in other nodes' counts. A node
/// reads an organization's total once, when it first sees it. What a node counted but had not written is
/// lost on a crash (at most one interval); with N nodes an organization can exceed its quota by what the
/// other N-1 nodes admit within one interval.
/// </summary>
internal sealed partial class BufferedUsageMeter(IServiceScopeFactory scopes, TimeProvider time,
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

    public Task FlushAsync(CancellationToken ct)
    {
        // Flushes run one after another: a caller waits for the one under way, then for its own.
        lock (_flushGate)
            return _lastFlush = AfterAsync(_lastFlush, ct);
    }

    private async Task AfterAsync(Task previous, CancellationToken ct)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var ((organizationId, period), tally) in _tallies)
        {
            var batch = tally.BeginFlush();
            if (batch == 0)
                continue;
            try
            {
                tally.Written(batch, await AddAsync(db, organizationId, period, batch, ct));
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException
                                           or System.Data.Common.DbException or TimeoutException
                                           or OperationCanceledException)
            {
                tally.Failed(batch);
                LogFlushFailed(log, ex, organizationId, batch);
                if (ex is OperationCanceledException)
                    throw;
            }
        }

        await RefreshAsync(db, ct);
        ForgetPastPeriods();
    }

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
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
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
                // Another node opened the month's counter first: add to it.
                db.ChangeTracker.Clear();
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
        var totals = await db.UsageCounters.IgnoreQueryFilters().AsNoTracking()
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
        db.UsageCounters.IgnoreQueryFilters().Where(c => c.OrganizationId == organizationId && c.Period == period);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write {Batch} requests of organization {Organization}; will retry")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, Guid organization, long batch);
}
