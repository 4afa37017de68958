using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CleanPlatform.Infrastructure.Identity;

/// <summary>
/// One conditional UPDATE per request in the common case: the increment and the quota check are the
/// same statement, so concurrent requests can never overshoot the quota.
/// </summary>
internal sealed class UsageMeter(IServiceScopeFactory scopes) : IUsageMeter
{
    public async Task<UsageVerdict> CountAsync(Guid organizationId, long monthlyQuota, DateTimeOffset now,
        CancellationToken ct)
    {
        var period = UsagePeriod.Containing(now);
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var counters = db.UsageCounters.IgnoreQueryFilters()
            .Where(c => c.OrganizationId == organizationId && c.Period == period.Key);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var counted = await counters.Where(c => c.Requests < monthlyQuota)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Requests, c => c.Requests + 1), ct);
            if (counted == 1)
                return new UsageVerdict(true, await counters.Select(c => c.Requests).SingleAsync(ct), monthlyQuota,
                    period.SecondsUntilEnd(now));

            var used = await counters.Select(c => (long?)c.Requests).SingleOrDefaultAsync(ct);
            if (used >= monthlyQuota)
                return new UsageVerdict(false, used.Value, monthlyQuota, period.SecondsUntilEnd(now));
            if (used is not null)
                continue; // another request created the month's counter in between: count against it

            db.UsageCounters.Add(UsageCounter.First(organizationId, period));
            try
            {
                await db.SaveChangesAsync(ct);
                return new UsageVerdict(true, 1, monthlyQuota, period.SecondsUntilEnd(now));
            }
            catch (DbUpdateException)
            {
                // Another request opened the month's counter first; count against it.
                db.ChangeTracker.Clear();
            }
        }

        throw new InvalidOperationException("Could not count usage.");
    }
}
