using System.Globalization;

namespace CleanPlatform.Domain.Common;

/// <summary>
/// An amount in one ISO 4217 currency (<see cref="Currencies"/>), always rounded to that currency's minor units:
/// 12.345 EUR is 12.35 EUR, 1234.5 JPY is 1235 JPY.
/// <para>
/// One rounding rule, everywhere: <b>half away from zero</b> (<see cref="Rounding"/>), as billing requires
/// (shared/domain/billing.md §1; .NET's default, half to even, is forbidden there): 0.125 EUR is 0.13 and
/// −2.345 EUR is −2.35, the way invoices, tax returns and payment providers round. The constructor and every
/// operation that can produce more decimals (<see cref="op_Multiply(Money, decimal)"/>) round by it.
/// A module that needs another rule (betting pays out rounded down, §13 of betting.md) rounds the decimal
/// itself before making the <see cref="Money"/>.
/// </para>
/// <para>Sums, differences and comparisons need the same currency on both sides (<c>money.currency_mismatch</c>).</para>
/// </summary>
public sealed record Money : IComparable<Money>
{
    /// <summary>How amounts are rounded to the currency's minor units.</summary>
    public const MidpointRounding Rounding = MidpointRounding.AwayFromZero;

    private static readonly decimal[] PowersOfTen = [1m, 10m, 100m, 1000m];

    /// <summary>Rounds <paramref name="amount"/> to the minor units of <paramref name="currency"/>.</summary>
    /// <exception cref="DomainException"><c>money.unsupported_currency</c> when the currency is not supported.</exception>
    public Money(decimal amount, string currency)
    {
        var minorUnits = Currencies.MinorUnits(currency);
        // Adding a zero with the currency's scale writes 12.3 as 12.30, so amounts print alike.
        Amount = decimal.Round(amount, minorUnits, Rounding) + new decimal(0, 0, 0, false, (byte)minorUnits);
        Currency = currency;
    }

    /// <summary>The amount, with exactly as many decimals as the currency has minor units.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 code, upper case.</summary>
    public string Currency { get; }

    /// <summary>The amount in minor units (cents for EUR): 12.34 EUR is 1234.</summary>
    public long MinorUnits => decimal.ToInt64(Amount * PowersOfTen[Currencies.MinorUnits(Currency)]);

    /// <summary>Nothing, in <paramref name="currency"/>.</summary>
    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>The amount that <paramref name="minorUnits"/> minor units make: 1234 EUR cents is 12.34 EUR.</summary>
    public static Money FromMinorUnits(long minorUnits, string currency) =>
        new(minorUnits / PowersOfTen[Currencies.MinorUnits(currency)], currency);

    public static Money operator +(Money left, Money right) => new(left.Amount + SameCurrency(left, right).Amount, left.Currency);

    public static Money operator -(Money left, Money right) => new(left.Amount - SameCurrency(left, right).Amount, left.Currency);

    public static Money operator -(Money money)
    {
        ArgumentNullException.ThrowIfNull(money);
        return new(-money.Amount, money.Currency);
    }

    /// <summary>The amount times <paramref name="factor"/>, rounded by <see cref="Rounding"/>.</summary>
    public static Money operator *(Money money, decimal factor)
    {
        ArgumentNullException.ThrowIfNull(money);
        return new(money.Amount * factor, money.Currency);
    }

    /// <summary>The amount times <paramref name="factor"/>, rounded by <see cref="Rounding"/>.</summary>
    public static Money operator *(decimal factor, Money money) => money * factor;

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Orders by amount; amounts in different currencies do not compare.</summary>
    /// <exception cref="DomainException"><c>money.currency_mismatch</c> when the currencies differ.</exception>
    public int CompareTo(Money? other) => other is null ? 1 : Amount.CompareTo(SameCurrency(this, other).Amount);

    /// <summary>The amount with its currency's decimals, then the code: <c>12.30 EUR</c>.</summary>
    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency}";

    private static Money SameCurrency(Money left, Money right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return left.Currency == right.Currency
            ? right
            : throw new DomainException("money.currency_mismatch",
                $"Cannot combine {left.Currency} with {right.Currency}: convert one of them first.");
    }
}
