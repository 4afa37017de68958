using System.Globalization;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Application.Betting.Alerts.RaiseAlerts;

/// <summary>
/// Alerts every member who saved alert preferences of a new opportunity whose edge reaches their threshold, once per
/// member and opportunity (<c>opportunity:{id}</c>), however often the event is delivered.
/// </summary>
public sealed class RaiseOpportunityAlerts(IBettingDb db, TimeProvider time) : IHandles<OpportunityRaised>
{
    public async Task HandleAsync(OpportunityRaised domainEvent, CancellationToken ct)
    {
        var key = $"opportunity:{domainEvent.OpportunityId}";
        var preferences = await db.AlertPreferences.AsNoTracking()
            .Where(p => p.OrganizationId == domainEvent.OrganizationId).ToListAsync(ct);
        var alerted = await db.Alerts.AsNoTracking().Where(a => a.Key == key).Select(a => a.UserId).ToListAsync(ct);
        var recipients = preferences.Where(p => AlertRules.OpportunityQualifies(domainEvent.ExpectedValue, p.Thresholds)
            && !alerted.Contains(p.UserId)).Select(p => p.UserId).ToList();
        if (recipients.Count == 0)
            return;
        var message = await MessageAsync(domainEvent, ct);
        var now = time.GetUtcNow();
        db.Alerts.AddRange(recipients.Select(userId =>
            Alert.Create(domainEvent.OrganizationId, userId, AlertKind.Opportunity, key, message, now)));
        await db.SaveChangesAsync(ct);
    }

    private async Task<string> MessageAsync(OpportunityRaised e, CancellationToken ct)
    {
        var match = await db.SportEvents.AsNoTracking().Where(s => s.Id == e.EventId)
            .Select(s => s.HomeTeam + " – " + s.AwayTeam).SingleOrDefaultAsync(ct) ?? "an event";
        var edge = (e.ExpectedValue * 100m).ToString("0.0", CultureInfo.InvariantCulture);
        return $"New opportunity on {match}: edge {edge} % ({e.AgentKey}), until {e.ExpiresAt:yyyy-MM-dd HH:mm} UTC.";
    }
}
