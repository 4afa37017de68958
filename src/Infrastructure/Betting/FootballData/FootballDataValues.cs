using System.Globalization;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>How football-data writes dates, times, goals and odds.</summary>
internal static class FootballDataValues
{
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm"];

    /// <summary>
    /// <c>dd/mm/yyyy</c> or <c>dd/mm/yy</c>, told apart per value by the year's length (files switched between
    /// seasons); a two-digit year below 50 is 20yy, else 19yy.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        Span<Range> parts = stackalloc Range[4];
        if (text.Split(parts, '/') != 3)
            return false;
        var yearText = text[parts[2]];
        if (!TryParseDigits(text[parts[0]], 2, out var day) || !TryParseDigits(text[parts[1]], 2, out var month)
            || yearText.Length is not (2 or 4) || !TryParseDigits(yearText, 4, out var year))
            return false;
        if (yearText.Length == 2)
            year += year < 50 ? 2000 : 1900;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    public static bool TryParseTime(ReadOnlySpan<char> text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>A goal count; pandas-written files have <c>2.0</c>, so a whole decimal is accepted.</summary>
    public static bool TryParseGoals(ReadOnlySpan<char> text, out int goals)
    {
        goals = 0;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value != decimal.Truncate(value) || value > 999)
            return false;
        goals = (int)value;
        return true;
    }

    /// <summary>Odds or a handicap line: an invariant-culture decimal (<c>11</c>, <c>11.0</c>, <c>-0.25</c>).</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TryParseDigits(ReadOnlySpan<char> text, int maxLength, out int value)
    {
        value = 0;
        return text.Length >= 1 && text.Length <= maxLength
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
