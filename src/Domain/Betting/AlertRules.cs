namespace CleanPlatform.Domain.Betting;

/// <summary>When an alert is due: an opportunity's edge, a line's move, a kick-off coming. Pure rules.</summary>
public static class AlertRules
{
    /// <summary>Whether an opportunity of expected value <paramref name="edge"/> reaches <paramref name="thresholds"/>.</summary>
    public static bool OpportunityQualifies(decimal edge, AlertThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return edge >= thresholds.OpportunityEdge;
    }

    /// <summary>How far <paramref name="price"/> moved from <paramref name="firstPrice"/>, in percent of the first (signed).</summary>
    public static decimal MovePercent(decimal firstPrice, decimal price)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(firstPrice);
        return decimal.Round((price - firstPrice) / firstPrice * 100m, 4);
    }

    /// <summary>Whether a move of <paramref name="movePercent"/> (either way) reaches <paramref name="thresholds"/>.</summary>
    public static bool LineMoved(decimal movePercent, AlertThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return Math.Abs(movePercent) >= thresholds.LineMovePercent;
    }

    /// <summary>Whether the reminder of a bet on an event kicking off at <paramref name="kickOff"/> is due at <paramref name="now"/>.</summary>
    public static bool KickOffDue(DateTimeOffset kickOff, DateTimeOffset now, AlertThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return thresholds.KickOffReminderMinutes > 0 && now < kickOff
            && now >= kickOff.AddMinutes(-thresholds.KickOffReminderMinutes);
    }

    /// <summary>
    /// Whether alerts may be posted to <paramref name="url"/>: HTTPS, or plain HTTP to a loopback address only
    /// (a receiver on the same machine); never user information in it.
    /// </summary>
    public static bool WebhookUrlAllowed(Uri? url) =>
        url is { IsAbsoluteUri: true, UserInfo: "" }
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));
}
