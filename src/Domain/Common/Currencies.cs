using System.Collections.Frozen;

namespace CleanPlatform.Domain.Common;

/// <summary>
/// The ISO 4217 currencies the platform accepts, each with its minor units (the decimals an amount keeps):
/// two for EUR, USD, GBP, CHF, SEK, NOK, DKK, PLN, CZK, HUF, RON, BGN, CAD and AUD; none for JPY and ISK;
/// three for KWD and BHD (shared/domain/billing.md §15). Codes are the upper-case ISO letters; any other code,
/// lower-case spellings included, is rejected with <c>money.unsupported_currency</c>.
/// </summary>
public static class Currencies
{
    /// <summary>Length of every ISO 4217 alphabetic code.</summary>
    public const int CodeLength = 3;

    /// <summary>Most minor units any supported currency has (KWD, BHD).</summary>
    public const int MaxMinorUnits = 3;

    private static readonly FrozenDictionary<string, int> MinorUnitsByCode =
        WithMinorUnits(2, "EUR USD GBP CHF SEK NOK DKK PLN CZK HUF RON BGN CAD AUD")
            .Concat(WithMinorUnits(0, "JPY ISK"))
            .Concat(WithMinorUnits(3, "KWD BHD"))
            .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every supported code.</summary>
    public static IReadOnlyCollection<string> Supported => MinorUnitsByCode.Keys;

    /// <summary>Whether <paramref name="code"/> is a supported ISO 4217 code, spelt in upper case.</summary>
    public static bool IsSupported(string? code) => code is not null && MinorUnitsByCode.ContainsKey(code);

    /// <summary>The decimals an amount in <paramref name="code"/> keeps.</summary>
    /// <exception cref="DomainException"><c>money.unsupported_currency</c> for any other code.</exception>
    public static int MinorUnits(string code) =>
        code is not null && MinorUnitsByCode.TryGetValue(code, out var minorUnits)
            ? minorUnits
            : throw new DomainException("money.unsupported_currency",
                $"Currency '{code}' is not supported; use one of {string.Join(", ", Supported.Order(StringComparer.Ordinal))}.");

    private static IEnumerable<KeyValuePair<string, int>> WithMinorUnits(int minorUnits, string codes) =>
        codes.Split(' ').Select(code => KeyValuePair.Create(code, minorUnits));
}
