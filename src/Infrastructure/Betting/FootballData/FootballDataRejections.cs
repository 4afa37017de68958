using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

internal static class FootballDataRejections
{
    public static FootballDataRejection Blank(int line, FootballDataColumn column) =>
        new(line, column.Name, $"{column.Name} is blank.");

    public static FootballDataRejection Invalid(int line, FootballDataColumn column, ReadOnlySpan<char> text, string expected) =>
        new(line, column.Name, $"{column.Name} '{text}' is not {expected}.");
}
