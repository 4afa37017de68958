using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.BacktestRuns;

namespace CleanPlatform.Application.Betting.Studies.RunQueuedBacktests;

/// <summary>
/// The organizations with a backtest for the runner: queued, or running without a heartbeat for longer than the lease
/// (its server stopped). A cross-tenant question, asked by the runner's job across organizations.
/// </summary>
public sealed record OrganizationsWithQueuedBacktests : IQuery<IReadOnlyList<Guid>>;

public sealed class OrganizationsWithQueuedBacktestsHandler(IBettingDb db, TimeProvider time)
    : IQueryHandler<OrganizationsWithQueuedBacktests, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(OrganizationsWithQueuedBacktests query, CancellationToken cancellationToken) =>
        await db.BacktestRuns.AsNoTracking()
            .Claimable(time.GetUtcNow())
            .Select(r => r.OrganizationId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
}
