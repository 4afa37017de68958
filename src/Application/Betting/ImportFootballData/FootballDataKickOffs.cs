namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>The kick-off an event is kept at: the file's, or midnight UK time when an old file gives only the date.</summary>
internal static class FootballDataKickOffs
{
    /// <summary>football-data gives every league's times in UK local time.</summary>
    public const string TimeZone = "Europe/London";

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public static (DateTimeOffset Utc, DateTime Local) Of(FootballDataKickOff kickOff)
    {
        if (kickOff is { Utc: { } utc, Local: { } local })
            return (utc, local);
        // UK clocks change at 01:00, so midnight always exists exactly once; a later file with the time is a
        // different kick-off, hence a different event, which is what the file says.
        var midnight = kickOff.Date.ToDateTime(TimeOnly.MinValue);
        return (new DateTimeOffset(midnight, London.GetUtcOffset(midnight)).ToUniversalTime(), midnight);
    }
}
