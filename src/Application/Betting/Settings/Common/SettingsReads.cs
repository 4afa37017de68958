using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Settings.Common;

/// <summary>The caller's organization's settings, or its defaults when none were saved.</summary>
internal static class SettingsReads
{
    public static async Task<BettingSettings> OfAsync(this IBettingDb db, Guid organizationId, CancellationToken ct) =>
        // Filtered by organization, not only by the tenant filter: a platform administrator sees every organization's rows.
        await db.BettingSettings.AsNoTracking().SingleOrDefaultAsync(s => s.OrganizationId == organizationId, ct)
        ?? BettingSettings.Defaults(organizationId);
}
