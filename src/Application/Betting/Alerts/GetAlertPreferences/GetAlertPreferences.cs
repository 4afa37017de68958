using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Application.Betting.Common;

namespace CleanPlatform.Application.Betting.Alerts.GetAlertPreferences;

/// <summary>The caller's own alert preferences (the organization's thresholds, live only, until they save some).</summary>
[Authorize]
public sealed record GetAlertPreferences : IQuery<AlertPreferencesDto>;

public sealed class GetAlertPreferencesHandler(IBettingDb db, ICurrentUser user)
    : IQueryHandler<GetAlertPreferences, AlertPreferencesDto>
{
    public async ValueTask<AlertPreferencesDto> Handle(GetAlertPreferences query, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var stored = await db.AlertPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        return stored is null
            ? AlertPreferencesDto.Defaults(await db.OrganizationThresholdsAsync(user.RequireOrganizationId(), cancellationToken))
            : AlertPreferencesDto.From(stored);
    }
}
