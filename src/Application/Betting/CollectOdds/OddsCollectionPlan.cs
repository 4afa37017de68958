namespace CleanPlatform.Application.Betting.CollectOdds;

/// <summary>
/// When a collection run spends Odds API credits. <c>/events</c> is free and runs every time, for every configured
/// sport key. <c>/odds</c> costs credits (markets × regions a call), so a sport's odds are asked only when one of its
/// events kicks off within <see cref="Horizon"/> and is due, and only while the remaining credits last reported are
/// above the organization's reserve. An event is due when the provider was last asked about it longer ago than:
/// <list type="bullet">
/// <item><see cref="LastHalfHourMinutes"/> minutes when it kicks off within <see cref="LastHalfHour"/>;</item>
/// <item><see cref="LastTwoHoursMinutes"/> minutes when it kicks off within <see cref="LastTwoHours"/>;</item>
/// <item>the organization's collection interval otherwise (never longer than the closer cadences).</item>
/// </list>
/// So with a run every five minutes the last price before kick-off, the live closing line of betting.md §5, is at most
/// five minutes old. <c>/scores</c> (two credits with <c>daysFrom</c>) is asked only for events that kicked off at least
/// <see cref="ScoresAfter"/> ago, are not completed and kicked off within <see cref="ScoresLookBackDays"/> days, at most
/// once per collection interval.
/// </summary>
public static class OddsCollectionPlan
{
    /// <summary>How far ahead odds are collected.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(48);

    public static readonly TimeSpan LastTwoHours = TimeSpan.FromHours(2);

    public const int LastTwoHoursMinutes = 10;

    public static readonly TimeSpan LastHalfHour = TimeSpan.FromMinutes(30);

    public const int LastHalfHourMinutes = 5;

    /// <summary>How long after kick-off a score is first looked for: a football match and its stoppages.</summary>
    public static readonly TimeSpan ScoresAfter = TimeSpan.FromHours(2);

    /// <summary>The most days back <c>/scores</c> reaches.</summary>
    public const int ScoresLookBackDays = 3;

    /// <summary>How long after the last ask an event kicking off at <paramref name="kickOff"/> is due again.</summary>
    public static TimeSpan CadenceOf(DateTimeOffset kickOff, int intervalMinutes, DateTimeOffset now)
    {
        var interval = TimeSpan.FromMinutes(intervalMinutes);
        var toGo = kickOff - now;
        if (toGo <= LastHalfHour)
            return Min(interval, TimeSpan.FromMinutes(LastHalfHourMinutes));
        return toGo <= LastTwoHours ? Min(interval, TimeSpan.FromMinutes(LastTwoHoursMinutes)) : interval;
    }

    /// <summary>Whether an upcoming event's odds are due.</summary>
    public static bool OddsDue(DateTimeOffset kickOff, DateTimeOffset? checkedAt, int intervalMinutes, DateTimeOffset now) =>
        kickOff > now && kickOff <= now + Horizon
        && (checkedAt is not { } at || now - at >= CadenceOf(kickOff, intervalMinutes, now));

    /// <summary>Whether a started, uncompleted event's score is due.</summary>
    public static bool ScoreDue(DateTimeOffset kickOff, DateTimeOffset? checkedAt, int intervalMinutes, DateTimeOffset now) =>
        kickOff <= now - ScoresAfter && kickOff >= now.AddDays(-ScoresLookBackDays)
        && (checkedAt is not { } at || at < kickOff + ScoresAfter || now - at >= TimeSpan.FromMinutes(intervalMinutes));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
