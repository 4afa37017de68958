namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Bookmakers' rounding: amounts they pay or accept are cut down to the cent, never rounded up (betting.md §3,
/// §13). Studies and backtests never round.
/// </summary>
public static class Cents
{
    /// <summary><paramref name="amount"/> cut to two decimals toward zero: 15.625 is 15.62.</summary>
    public static decimal RoundDown(decimal amount) => decimal.Round(amount, 2, MidpointRounding.ToZero);
}
