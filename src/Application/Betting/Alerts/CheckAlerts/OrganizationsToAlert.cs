using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Alerts.CheckAlerts;

/// <summary>
/// The organizations the alerts job has work in: pending bets on upcoming events (reminders, line moves), digests
/// waiting for release, or members with preferences and open opportunities. A cross-tenant question, asked by the job
/// across organizations.
/// </summary>
public sealed record OrganizationsToAlert : IQuery<IReadOnlyList<Guid>>;

public sealed class OrganizationsToAlertHandler(IBettingDb db, TimeProvider time)
    : IQueryHandler<OrganizationsToAlert, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(OrganizationsToAlert query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pending = from b in db.Bets.AsNoTracking()
                      join e in db.SportEvents.AsNoTracking() on b.EventId equals e.Id
                      where b.Status == BetStatus.Pending && e.KickOffUtc > now
                      select b.OrganizationId;
        var digests = db.Alerts.AsNoTracking().Where(a => a.RaisedAt == null).Select(a => a.OrganizationId);
        var watching = db.AlertPreferences.AsNoTracking().Select(p => p.OrganizationId)
            .Where(o => db.Opportunities.Any(x => x.OrganizationId == o && x.ExpiresAt > now && x.WithdrawnAt == null));
        return await pending.Union(digests).Union(watching).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
    }
}
