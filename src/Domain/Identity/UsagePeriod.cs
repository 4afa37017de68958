namespace CleanPlatform.Domain.Identity;

/// <summary>A calendar month in UTC, the period a monthly quota counts over.</summary>
/// <param name="Start">The first instant of the month (UTC).</param>
/// <param name="End">The first instant of the next month (UTC), excluded.</param>
public readonly record struct UsagePeriod(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The first instant of the month (UTC).</summary>
    public DateTimeOffset Start { get; } = Start;

    /// <summary>The first instant of the next month (UTC), excluded.</summary>
    public DateTimeOffset End { get; } = End;

    /// <summary>The period containing <paramref name="instant"/>.</summary>
    public static UsagePeriod Containing(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        var start = new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return new UsagePeriod(start, start.AddMonths(1));
    }

    /// <summary>Sortable key such as <c>2026-11</c>.</summary>
    public string Key => $"{Start.Year:D4}-{Start.Month:D2}";

    /// <summary>Whole seconds from <paramref name="now"/> until the period ends (at least 1).</summary>
    public long SecondsUntilEnd(DateTimeOffset now) => Math.Max(1, (long)Math.Ceiling((End - now).TotalSeconds));
}
