using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Settings.Common;

namespace CleanPlatform.Application.Betting.Settings.GetBettingSettings;

/// <summary>The organization's betting settings (the defaults until an Admin saves some); every member may read them.</summary>
[Authorize]
public sealed record GetBettingSettings : IQuery<BettingSettingsDto>;

public sealed class GetBettingSettingsHandler(IBettingDb db, ICurrentUser user)
    : IQueryHandler<GetBettingSettings, BettingSettingsDto>
{
    public async ValueTask<BettingSettingsDto> Handle(GetBettingSettings query, CancellationToken cancellationToken) =>
        BettingSettingsDto.From(await db.OfAsync(user.RequireOrganizationId(), cancellationToken));
}
