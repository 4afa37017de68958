using System.Globalization;

namespace CleanPlatform.Domain.Common;

/// <summary>
/// Decimal (European) odds: what one unit staked returns if it wins, the stake included, so 2.50 returns 2.50
/// and profits 1.50. Other formats (American, fractional) are converted at the edge (shared/domain/betting.md §1).
/// The value is kept as given, unrounded: converted prices such as 4/9 → 1.444… keep their decimals.
/// <para>
/// Strictly greater than 1 (1.00 would only return the stake) and at most <see cref="Max"/>: no bookmaker
/// prices beyond it, so a larger number is a typo, not a price (<c>odds.out_of_range</c>).
/// <c>default(Odds)</c> is 0 and not a valid price: make odds with the constructor.
/// </para>
/// </summary>
public readonly record struct Odds : IComparable<Odds>
{
    /// <summary>The longest price accepted.</summary>
    public const decimal Max = 1000m;

    /// <exception cref="DomainException"><c>odds.out_of_range</c> unless 1 &lt; value ≤ <see cref="Max"/>.</exception>
    public Odds(decimal value)
    {
        if (value <= 1m || value > Max)
            throw new DomainException("odds.out_of_range", $"Decimal odds must be greater than 1 and at most {Max}; got {value}.");
        Value = value;
    }

    /// <summary>The decimal odds.</summary>
    public decimal Value { get; }

    /// <summary>The probability the price implies, margin included: 1 / odds (2.50 → 0.4).</summary>
    public decimal ImpliedProbability => 1m / Value;

    public static bool operator <(Odds left, Odds right) => left.CompareTo(right) < 0;

    public static bool operator >(Odds left, Odds right) => left.CompareTo(right) > 0;

    public static bool operator <=(Odds left, Odds right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Odds left, Odds right) => left.CompareTo(right) >= 0;

    /// <summary>Orders by price.</summary>
    public int CompareTo(Odds other) => Value.CompareTo(other.Value);

    /// <summary>The decimal odds, invariant culture: <c>2.50</c>.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
