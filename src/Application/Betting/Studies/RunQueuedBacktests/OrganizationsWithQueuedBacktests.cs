using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunQueuedBacktests;

/// <summary>
/// The organizations with a backtest for the runner: queued, or running without a heartbeat for longer than the lease
/// (its server stopped). A cross-tenant question, asked by the runner's job across organizations.
/// </summary>
public sealed record OrganizationsWithQueuedBacktests : IQuery<IReadOnlyList<Guid>>;

public sealed class OrganizationsWithQueuedBacktestsHandler(IBettingDb db, TimeProvider time)
    : IQueryHandler<OrganizationsWithQueuedBacktests, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(OrganizationsWithQueuedBacktests query, CancellationToken cancellationToken)
    {
        var abandoned = time.GetUtcNow() - BacktestRun.Lease;
        return await db.BacktestRuns.AsNoTracking()
            .Where(r => r.Status == BacktestRunStatus.Queued || (r.Status == BacktestRunStatus.Running && r.HeartbeatAt < abandoned))
            .Select(r => r.OrganizationId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
    }
}
