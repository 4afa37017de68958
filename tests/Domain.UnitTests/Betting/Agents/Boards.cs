using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Domain.UnitTests.Betting.Agents;

/// <summary>Market boards for the agents' tests: 1X2 prices of named books, all captured at one time.</summary>
internal static class Boards
{
    public static readonly DateTimeOffset KickOff = new(2026, 12, 5, 15, 0, 0, TimeSpan.Zero);

    public static readonly Selection[] ThreeWay = [Selection.Home, Selection.Draw, Selection.Away];

    public static MarketBoard MatchResult(params (string Book, decimal Home, decimal Draw, decimal Away)[] books) =>
        MatchResultOf("E0", KickOff, books);

    public static MarketBoard MatchResultOf(string competition, DateTimeOffset kickOff,
        params (string Book, decimal Home, decimal Draw, decimal Away)[] books) =>
        new(Guid.NewGuid(), competition, kickOff, kickOff.AddHours(-1), MarketKind.MatchResult, 0m, ThreeWay,
            [.. books.Select(b => new BookQuote(b.Book, b.Book is "avg" or "max", MarketPrices.Of(new decimal?[] { b.Home, b.Draw, b.Away }),
                [kickOff.AddHours(-1), kickOff.AddHours(-1), kickOff.AddHours(-1)]))]);
}
