using System.Globalization;

namespace CleanPlatform.Domain.Betting;

/// <summary>
/// The bridge from probabilities (<c>double</c>, as devig and models give them) to money decisions
/// (<c>decimal</c>): a probability rounded to 15 significant digits, which is all a double holds reliably, so a
/// fair 0.5 stays exactly 0.5 and <c>2.04 × 0.5 − 1</c> is exactly 0.02 (betting.md §13, Arithmetic).
/// </summary>
public static class Probability
{
    /// <summary><paramref name="probability"/> as a decimal of 15 significant digits.</summary>
    /// <exception cref="DomainException"><c>probability.out_of_range</c> unless 0 ≤ p ≤ 1.</exception>
    public static decimal ToDecimal(double probability)
    {
        if (!(probability is >= 0.0 and <= 1.0))
            throw new DomainException("probability.out_of_range", $"A probability is from 0 to 1; got {probability}.");
        // "E14" writes one digit before the point and 14 after: 15 significant digits, correctly rounded.
        return decimal.Parse(probability.ToString("E14", CultureInfo.InvariantCulture), NumberStyles.Float,
            CultureInfo.InvariantCulture);
    }
}
