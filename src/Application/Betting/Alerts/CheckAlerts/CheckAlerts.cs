using CleanPlatform.Application.Betting.Common;

namespace CleanPlatform.Application.Betting.Alerts.CheckAlerts;

/// <summary>
/// The alerts due now in the caller's organization: kick-off reminders of pending bets, settlement digests whose
/// debounce ended, and lines that moved past a member's threshold. Sent by the alerts job, every minute, as the
/// system caller of each organization in turn. Each alert is keyed, so a second run raises nothing new.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record CheckAlerts : ICommand<AlertCheckDto>;

/// <summary>How many alerts a check raised, by kind.</summary>
public sealed record AlertCheckDto(int KickOffs, int Digests, int LineMoves);

public sealed class CheckAlertsHandler(IBettingDb db, ICurrentUser user, TimeProvider time)
    : ICommandHandler<CheckAlerts, AlertCheckDto>
{
    public async ValueTask<AlertCheckDto> Handle(CheckAlerts command, CancellationToken cancellationToken)
    {
        var (organizationId, now) = (user.RequireOrganizationId(), time.GetUtcNow());
        var thresholds = await AlertRecipients.LoadAsync(db, organizationId, cancellationToken);
        var kickOffs = await KickOffReminders.RaiseAsync(db, thresholds, now, cancellationToken);
        var lineMoves = await LineMoves.RaiseAsync(db, thresholds, now, cancellationToken);
        var digests = await db.Alerts.Where(a => a.RaisedAt == null && a.DueAt <= now).ToListAsync(cancellationToken);
        foreach (var digest in digests)
            digest.ReleaseDigest(now);
        await db.SaveChangesAsync(cancellationToken);
        return new AlertCheckDto(kickOffs, digests.Count, lineMoves);
    }
}
