using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Settings.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Alerts.Common;

internal static class AlertPreferencesReads
{
    /// <summary>The stored preferences of <paramref name="userId"/>, tracked; null when none were saved.</summary>
    public static Task<AlertPreferences?> PreferencesOfAsync(this IBettingDb db, Guid userId, CancellationToken ct) =>
        db.AlertPreferences.SingleOrDefaultAsync(p => p.UserId == userId, ct);

    /// <summary>The organization's thresholds, which a member's preferences start from.</summary>
    public static async Task<AlertThresholds> OrganizationThresholdsAsync(this IBettingDb db, Guid organizationId,
        CancellationToken ct) => (await db.OfAsync(organizationId, ct)).Alerts;
}
