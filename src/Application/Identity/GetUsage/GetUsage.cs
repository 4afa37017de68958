namespace CleanPlatform.Application.Identity.GetUsage;

/// <summary>The caller's organization's requests this month against its plan.</summary>
[Authorize]
public sealed record GetUsage : IQuery<UsageDto>;

public sealed record UsageDto(string Plan, int RequestsPerMinute, long MonthlyQuota, long Used, long Remaining,
    DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd);

public sealed class GetUsageHandler(IIdentityDb db, IUsageMeter meter, ICurrentUser user, TimeProvider time)
    : IQueryHandler<GetUsage, UsageDto>
{
    public async ValueTask<UsageDto> Handle(GetUsage query, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var now = time.GetUtcNow();
        var period = UsagePeriod.Containing(now);
        var plan = await db.Organizations.AsNoTracking().IgnoreQueryFilters()
            .Where(o => o.Id == organizationId)
            .Join(db.Plans, o => o.PlanCode, p => p.Code, (o, p) => p)
            .SingleAsync(cancellationToken);
        // The meter's view: what was written plus what this node counted since.
        var used = await meter.UsedAsync(organizationId, now, cancellationToken);
        return new UsageDto(plan.Code, plan.RequestsPerMinute, plan.MonthlyQuota, used,
            Math.Max(0, plan.MonthlyQuota - used), period.Start, period.End);
    }
}
