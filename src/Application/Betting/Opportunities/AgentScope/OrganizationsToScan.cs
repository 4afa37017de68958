using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Opportunities.AgentScope;

/// <summary>
/// The organizations a scheduled agent scan has work in: events kicking off within the scan's horizon, or
/// opportunities waiting for their close and result. A cross-tenant question, asked by the job across organizations.
/// </summary>
public sealed record OrganizationsToScan : IQuery<IReadOnlyList<Guid>>;

public sealed class OrganizationsToScanHandler(IBettingDb db, TimeProvider time)
    : IQueryHandler<OrganizationsToScan, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(OrganizationsToScan query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + RunAgents.RunAgents.Horizon;
        var upcoming = db.SportEvents.AsNoTracking()
            .Where(e => e.Status == EventStatus.Scheduled && e.KickOffUtc > now && e.KickOffUtc <= until)
            .Select(e => e.OrganizationId);
        var unjudged = db.Opportunities.AsNoTracking().Where(o => o.Result == null && o.ExpiresAt <= now)
            .Select(o => o.OrganizationId);
        return await upcoming.Union(unjudged).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
    }
}
