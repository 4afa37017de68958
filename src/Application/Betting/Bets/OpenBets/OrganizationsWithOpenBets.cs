using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Bets.OpenBets;

/// <summary>
/// The organizations with bets a settlement or closing-line run may still change: pending ones, or ones without closing
/// odds (void aside). A cross-tenant question, asked by the jobs running across organizations.
/// </summary>
public sealed record OrganizationsWithOpenBets : IQuery<IReadOnlyList<Guid>>;

public sealed class OrganizationsWithOpenBetsHandler(IBettingDb db)
    : IQueryHandler<OrganizationsWithOpenBets, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(OrganizationsWithOpenBets query, CancellationToken cancellationToken) =>
        await db.Bets.AsNoTracking()
            .Where(b => b.Status == BetStatus.Pending || (b.Status != BetStatus.Void && b.ClosingOdds == null))
            .Select(b => b.OrganizationId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
}
