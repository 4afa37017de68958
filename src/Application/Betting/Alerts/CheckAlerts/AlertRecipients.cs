using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Alerts.CheckAlerts;

/// <summary>The organization's members' thresholds: their own where they saved some, the organization's otherwise.</summary>
internal sealed class AlertRecipients(Guid organizationId, AlertThresholds organization, Dictionary<Guid, AlertThresholds> members)
{
    public Guid OrganizationId { get; } = organizationId;

    /// <summary>Members who saved preferences.</summary>
    public IReadOnlyCollection<Guid> Members => members.Keys;

    public AlertThresholds Of(Guid userId) => members.GetValueOrDefault(userId, organization);

    public static async Task<AlertRecipients> LoadAsync(IBettingDb db, Guid organizationId, CancellationToken ct)
    {
        var saved = await db.AlertPreferences.AsNoTracking().Where(p => p.OrganizationId == organizationId).ToListAsync(ct);
        return new AlertRecipients(organizationId, await db.OrganizationThresholdsAsync(organizationId, ct),
            saved.ToDictionary(p => p.UserId, p => p.Thresholds));
    }

    /// <summary>Of <paramref name="wanted"/> (user, key) pairs, those not alerted yet.</summary>
    public static async Task<List<(Guid UserId, string Key)>> NewAsync(IBettingDb db, List<(Guid UserId, string Key)> wanted,
        CancellationToken ct)
    {
        var keys = wanted.Select(w => w.Key).Distinct().ToList();
        var existing = (await db.Alerts.AsNoTracking().Where(a => keys.Contains(a.Key)).Select(a => new { a.UserId, a.Key })
            .ToListAsync(ct)).Select(a => (a.UserId, a.Key)).ToHashSet();
        return [.. wanted.Where(w => !existing.Contains(w))];
    }
}
