namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Conversions between decimal odds, which the platform stores, and the formats bookmakers and users quote
/// (shared/domain/betting.md §1): American (+150, −303), fractional (5/2) and implied probability (1/o).
/// </summary>
public static class OddsFormat
{
    private const decimal AmericanPivot = 100m;

    /// <summary>Decimal odds of an American price: +240 is 3.40, −303 is 1.330033….</summary>
    /// <exception cref="DomainException">
    /// <c>odds.american_invalid</c> when |A| &lt; 100 (no American price lies strictly between −100 and +100);
    /// <c>odds.out_of_range</c> when the decimal price would exceed <see cref="Odds.Max"/>.
    /// </exception>
    public static Odds FromAmerican(decimal american)
    {
        if (Math.Abs(american) < AmericanPivot)
            throw new DomainException("odds.american_invalid",
                $"An American price is at least +100 or at most −100; got {american}.");
        return new Odds(american > 0 ? 1m + american / AmericanPivot : 1m + AmericanPivot / -american);
    }

    /// <summary>The American price of decimal odds: 2.50 is +150, 1.91 is −109.890110….</summary>
    public static decimal ToAmerican(Odds odds) =>
        odds.Value >= 2m ? AmericanPivot * (odds.Value - 1m) : -AmericanPivot / (odds.Value - 1m);

    /// <summary>Decimal odds of a fractional price n/d: 5/2 is 3.50, 4/9 is 1.444….</summary>
    /// <exception cref="DomainException"><c>odds.fractional_invalid</c> unless both parts are positive.</exception>
    public static Odds FromFractional(decimal numerator, decimal denominator)
    {
        if (numerator <= 0m || denominator <= 0m)
            throw new DomainException("odds.fractional_invalid",
                $"A fractional price needs a positive numerator and denominator; got {numerator}/{denominator}.");
        return new Odds(1m + numerator / denominator);
    }

    /// <summary>The probability a price implies, margin included: 1/o (1.91 → 0.523560…).</summary>
    public static double ImpliedProbability(Odds odds) => 1.0 / (double)odds.Value;

    /// <summary>Decimal odds of a price given as a double (a feed's number), checked like any price.</summary>
    /// <exception cref="DomainException">
    /// <c>odds.not_finite</c> for NaN or infinity; <c>odds.out_of_range</c> unless 1 &lt; o ≤ <see cref="Odds.Max"/>.
    /// </exception>
    public static Odds FromDouble(double price)
    {
        if (!double.IsFinite(price))
            throw new DomainException("odds.not_finite", $"Odds must be a finite number; got {price}.");
        if (price > (double)Odds.Max)
            throw new DomainException("odds.out_of_range", $"Decimal odds must be at most {Odds.Max}; got {price}.");
        return new Odds((decimal)price);
    }
}
