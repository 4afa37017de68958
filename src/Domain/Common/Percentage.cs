using System.Globalization;

namespace CleanPlatform.Domain.Common;

/// <summary>
/// A share of a whole, from 0 % to 100 % inclusive: tax rates (19 %, 25.5 %), discounts, stake fractions
/// (Kelly's 25 %, a 5 % cap). <see cref="Value"/> is in percent, so 19 means 19 %. Returns and yields,
/// which can be negative or above 100 %, are analytics (<c>double</c>) and not percentages of this kind.
/// Outside the range: <c>percentage.out_of_range</c>. <c>default(Percentage)</c> is 0 %.
/// </summary>
public readonly record struct Percentage : IComparable<Percentage>
{
    /// <summary>Nothing.</summary>
    public static readonly Percentage Zero = new(0m);

    /// <summary>The whole.</summary>
    public static readonly Percentage Hundred = new(100m);

    /// <exception cref="DomainException"><c>percentage.out_of_range</c> unless 0 ≤ value ≤ 100.</exception>
    public Percentage(decimal value)
    {
        if (value < 0m || value > 100m)
            throw new DomainException("percentage.out_of_range", $"A percentage must be from 0 to 100; got {value}.");
        Value = value;
    }

    /// <summary>In percent: 19 means 19 %.</summary>
    public decimal Value { get; }

    /// <summary>As a fraction of one: 19 % is 0.19.</summary>
    public decimal Fraction => Value / 100m;

    /// <summary>The percentage a fraction of one makes: 0.19 is 19 %.</summary>
    public static Percentage FromFraction(decimal fraction) => new(fraction * 100m);

    public static bool operator <(Percentage left, Percentage right) => left.CompareTo(right) < 0;

    public static bool operator >(Percentage left, Percentage right) => left.CompareTo(right) > 0;

    public static bool operator <=(Percentage left, Percentage right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Percentage left, Percentage right) => left.CompareTo(right) >= 0;

    /// <summary>This share of <paramref name="amount"/>, unrounded.</summary>
    public decimal Of(decimal amount) => amount * Fraction;

    /// <summary>This share of <paramref name="amount"/>, rounded by <see cref="Money.Rounding"/>: 19 % of 100.02 EUR is 19.00 EUR.</summary>
    public Money Of(Money amount) => amount * Fraction;

    /// <summary>Orders by size.</summary>
    public int CompareTo(Percentage other) => Value.CompareTo(other.Value);

    /// <summary>The value and a percent sign, invariant culture: <c>25.5 %</c>.</summary>
    public override string ToString() => $"{Value.ToString(CultureInfo.InvariantCulture)} %";
}
