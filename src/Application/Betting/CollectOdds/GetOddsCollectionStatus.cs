using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Settings.Common;

namespace CleanPlatform.Application.Betting.CollectOdds;

/// <summary>The organization's Odds API collection: its credits as last reported and its last run; every member may read it.</summary>
[Authorize]
public sealed record GetOddsCollectionStatus : IQuery<OddsCollectionStatusDto>;

public sealed class GetOddsCollectionStatusHandler(IBettingDb db, ICurrentUser user)
    : IQueryHandler<GetOddsCollectionStatus, OddsCollectionStatusDto>
{
    public async ValueTask<OddsCollectionStatusDto> Handle(GetOddsCollectionStatus query, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var settings = await db.OfAsync(organizationId, cancellationToken);
        var state = await db.OddsCollectionStates.AsNoTracking()
            .SingleOrDefaultAsync(s => s.OrganizationId == organizationId, cancellationToken);
        return new(settings.ProtectedOddsApiKey is not null, [.. settings.SportKeys], settings.CollectionIntervalMinutes,
            settings.RequestsReserve, state?.QuotaRemaining, state?.QuotaUsed, state?.QuotaCheckedAt, state?.LastCollectedAt);
    }
}
