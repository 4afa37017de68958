using System.Numerics;

namespace CleanPlatform.Infrastructure.Persistence.Numbers;

/// <summary>
/// The arithmetic of a decimal(precision, scale) column, done here the same way for every provider: values are
/// rounded half away from zero to the scale (as PostgreSQL does, where SQL Server's client would truncate),
/// and one the precision cannot hold is refused (as both servers do) rather than stored.
/// </summary>
internal static class FixedScale
{
    private static readonly decimal[] PowersOfTen =
        [.. Enumerable.Range(0, NumberColumns.MaxPrecision + 1).Select(e => (decimal)BigInteger.Pow(10, e))];

    public static decimal Round(decimal value, int precision, int scale)
    {
        var rounded = decimal.Round(value, scale, MidpointRounding.AwayFromZero);
        return Math.Abs(rounded) < PowersOfTen[precision - scale]
            ? rounded
            : throw new OverflowException($"{value} does not fit a decimal({precision},{scale}) column.");
    }

    /// <summary>The value times 10^scale, as an integer: 12.34 at scale 4 is 123400.</summary>
    public static long ToScaledInteger(decimal value, int precision, int scale) =>
        decimal.ToInt64(Round(value, precision, scale) * PowersOfTen[scale]);

    /// <summary>The decimal a scaled integer stands for, written with <paramref name="scale"/> decimals as the servers return it.</summary>
    public static decimal FromScaledInteger(long value, int scale) =>
        (value / PowersOfTen[scale]) + new decimal(0, 0, 0, false, (byte)scale);
}
