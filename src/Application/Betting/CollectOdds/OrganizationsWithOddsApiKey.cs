using CleanPlatform.Application.Betting.Common;

namespace CleanPlatform.Application.Betting.CollectOdds;

/// <summary>The organizations with an Odds API key saved: the ones a scheduled collection visits. Across organizations.</summary>
public sealed record OrganizationsWithOddsApiKey : IQuery<IReadOnlyList<Guid>>;

public sealed class OrganizationsWithOddsApiKeyHandler(IBettingDb db)
    : IQueryHandler<OrganizationsWithOddsApiKey, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(OrganizationsWithOddsApiKey query, CancellationToken cancellationToken) =>
        await db.BettingSettings.AsNoTracking().Where(s => s.ProtectedOddsApiKey != null)
            .Select(s => s.OrganizationId).OrderBy(id => id).ToListAsync(cancellationToken);
}
