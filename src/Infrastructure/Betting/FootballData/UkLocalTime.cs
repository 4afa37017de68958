namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>UK local time (GMT in winter, BST in summer), in which football-data gives every league's kick-offs.</summary>
internal static class UkLocalTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>
    /// The instant of a UK wall-clock time. A time in the hour the clocks skip or repeat (01:00–02:00 on the last
    /// Sunday of March or October) is read as GMT: it cannot be told apart, and no football match starts then in
    /// the UK.
    /// </summary>
    public static DateTimeOffset ToUtc(DateTime local)
    {
        var offset = London.IsInvalidTime(local) || London.IsAmbiguousTime(local)
            ? London.BaseUtcOffset
            : London.GetUtcOffset(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).ToUniversalTime();
    }
}
