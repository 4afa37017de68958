using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Alerts.CheckAlerts;

/// <summary>Reminds each bettor of a pending bet whose event kicks off within their reminder time, once per bet.</summary>
internal static class KickOffReminders
{
    public static async Task<int> RaiseAsync(IBettingDb db, AlertRecipients recipients, DateTimeOffset now, CancellationToken ct)
    {
        var until = now.AddMinutes(AlertThresholds.MaxKickOffReminderMinutes);
        var soon = await (from b in db.Bets.AsNoTracking()
                          join e in db.SportEvents.AsNoTracking() on b.EventId equals e.Id
                          where b.Status == BetStatus.Pending && e.KickOffUtc > now && e.KickOffUtc <= until
                          select new { b.Id, b.UserId, e.KickOffUtc, e.HomeTeam, e.AwayTeam }).ToListAsync(ct);
        var due = soon.Where(b => AlertRules.KickOffDue(b.KickOffUtc, now, recipients.Of(b.UserId))).ToList();
        if (due.Count == 0)
            return 0;
        var fresh = await AlertRecipients.NewAsync(db, [.. due.Select(b => (b.UserId, $"kickoff:{b.Id}"))], ct);
        foreach (var bet in due.Where(b => fresh.Contains((b.UserId, $"kickoff:{b.Id}"))))
        {
            var minutes = (int)Math.Ceiling((bet.KickOffUtc - now).TotalMinutes);
            db.Alerts.Add(Alert.Create(recipients.OrganizationId, bet.UserId, AlertKind.KickOff, $"kickoff:{bet.Id}",
                $"{bet.HomeTeam} – {bet.AwayTeam} kicks off in {minutes} min ({bet.KickOffUtc:HH:mm} UTC): you have a pending bet on it.",
                now));
        }

        return fresh.Count;
    }
}
