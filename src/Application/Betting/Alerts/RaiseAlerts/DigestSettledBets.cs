using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Application.Betting.Alerts.RaiseAlerts;

/// <summary>
/// Gathers a member's settled bets into one digest instead of alerting each: the first settled bet opens a digest due
/// <see cref="Debounce"/> later, the next ones join it, and the alerts job releases it as one alert. A run that
/// settles 500 bets of a member alerts them once.
/// </summary>
public sealed class DigestSettledBets(IBettingDb db, TimeProvider time) : IHandles<BetSettled>
{
    /// <summary>How long a digest gathers after its first bet.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMinutes(1);

    public async Task HandleAsync(BetSettled domainEvent, CancellationToken ct)
    {
        var digest = await db.Alerts.Where(a => a.UserId == domainEvent.UserId && a.Kind == AlertKind.Settlement
            && a.RaisedAt == null).OrderBy(a => a.DueAt).FirstOrDefaultAsync(ct);
        if (digest is null)
        {
            var now = time.GetUtcNow();
            digest = Alert.Digest(domainEvent.OrganizationId, domainEvent.UserId, now, now + Debounce);
            db.Alerts.Add(digest);
        }

        digest.AddSettled(domainEvent.Status, domainEvent.Profit, domainEvent.Currency);
        await db.SaveChangesAsync(ct);
    }
}
