using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Application.Betting.Alerts.DeliverAlerts;

/// <summary>Pushes an alert to the member's open web apps, unless they turned live alerts off (on by default).</summary>
public sealed class PushAlertLive(IBettingDb db, IAlertPush push) : IHandles<AlertRaised>
{
    public async Task HandleAsync(AlertRaised domainEvent, CancellationToken ct)
    {
        var live = await db.AlertPreferences.AsNoTracking().Where(p => p.UserId == domainEvent.UserId)
            .Select(p => (bool?)p.Live).SingleOrDefaultAsync(ct) ?? true;
        if (live)
            await push.PushAsync(domainEvent, ct);
    }
}
