using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Application.Betting.Alerts.DeliverAlerts;

/// <summary>E-mails an alert to a member who chose e-mail alerts. Sent once: the outbox marks this handler done per event.</summary>
public sealed class EmailAlert(IBettingDb db, IEmailSender email, IPublicLinks links) : IHandles<AlertRaised>
{
    public async Task HandleAsync(AlertRaised domainEvent, CancellationToken ct)
    {
        var to = await db.AlertPreferences.AsNoTracking().Where(p => p.UserId == domainEvent.UserId && p.ByEmail)
            .Select(p => p.Email).SingleOrDefaultAsync(ct);
        if (string.IsNullOrEmpty(to))
            return;
        var body = $"{domainEvent.Message}\n\nSee your notifications: {links.Link("/notifications")}\n"
            + $"Change your alerts: {links.Link("/betting/alerts")}\n";
        await email.SendAsync(new EmailMessage(to, $"CleanPlatform alert: {domainEvent.Kind}", body), ct);
    }
}
