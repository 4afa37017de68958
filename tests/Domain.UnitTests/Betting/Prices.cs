namespace CleanPlatform.Domain.UnitTests.Betting;

/// <summary>Prices and markets written as the reference writes them, as doubles (2.10 converts to 2.1m exactly).</summary>
internal static class Prices
{
    /// <summary>§9 figures are compared to 6 decimals: within half a unit of the sixth.</summary>
    public const double SixDecimals = 5e-7;

    public static Odds Price(double odds) => new((decimal)odds);

    public static MarketPrices Market(params double[] odds) => MarketPrices.Of(odds.Select(o => (double?)o));
}
