namespace CleanPlatform.Domain.Betting;

/// <summary>When the organization hears of something: an opportunity's edge, a line's move, a kick-off coming.</summary>
/// <param name="OpportunityEdge">Alert on an opportunity whose edge <c>p − 1/o</c> is at least this (0.10 = 10 points).</param>
/// <param name="LineMovePercent">Alert when a price moves by at least this many percent of itself.</param>
/// <param name="KickOffReminderMinutes">Remind of a pending bet this many minutes before its kick-off.</param>
public sealed record AlertThresholds(decimal OpportunityEdge, decimal LineMovePercent, int KickOffReminderMinutes)
{
    public decimal OpportunityEdge { get; } = OpportunityEdge;

    public decimal LineMovePercent { get; } = LineMovePercent;

    public int KickOffReminderMinutes { get; } = KickOffReminderMinutes;

    /// <summary>The largest kick-off reminder: a week ahead.</summary>
    public const int MaxKickOffReminderMinutes = 7 * 24 * 60;

    /// <summary>Edge ≥ 0.10, a 10 % move, 30 minutes before kick-off.</summary>
    public static AlertThresholds Default { get; } = new(0.10m, 10m, 30);

    /// <summary>These thresholds, checked.</summary>
    /// <exception cref="DomainException"><c>betting_settings.alert_out_of_range</c>.</exception>
    public AlertThresholds Checked()
    {
        if (OpportunityEdge is <= 0m or > 1m || LineMovePercent is <= 0m or > 100m
            || KickOffReminderMinutes is < 0 or > MaxKickOffReminderMinutes)
            throw new DomainException("betting_settings.alert_out_of_range",
                $"Alerts need 0 < edge ≤ 1, 0 < line move ≤ 100 % and 0 to {MaxKickOffReminderMinutes} minutes before kick-off.");
        return this;
    }
}
