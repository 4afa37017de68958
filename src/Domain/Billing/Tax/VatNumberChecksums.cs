using System.Collections.Frozen;
using System.Globalization;

namespace CleanPlatform.Domain.Billing.Tax;

/// <summary>
/// The local format and checksum rules of billing.md §4 for the body of a VAT number (what follows the country
/// prefix), for the states that have one there. Each returns whether the body passes.
/// </summary>
internal static class VatNumberChecksums
{
    private const string SpanishLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    // Built by lookup rather than a switch on the prefix: eight string cases compile to a hash helper outside System.
    private static readonly FrozenDictionary<string, Func<string, bool>> Rules = new Dictionary<string, Func<string, bool>>
    {
        ["DE"] = Germany,
        ["FR"] = France,
        ["IT"] = Italy,
        ["ES"] = Spain,
        ["NL"] = Netherlands,
        ["BE"] = Belgium,
        ["AT"] = Austria,
        ["PL"] = Poland,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The states whose numbers are checked here; others get a format check, then VIES.</summary>
    public static bool Has(string prefix) => Rules.ContainsKey(prefix);

    public static bool Passes(string prefix, string body) => Rules.TryGetValue(prefix, out var rule) && rule(body);

    // ISO 7064 MOD 11,10 over 9 digits, the first not 0.
    private static bool Germany(string n)
    {
        if (n.Length != 9 || !AllDigits(n) || n[0] == '0')
            return false;
        var p = 10;
        foreach (var c in n[..8])
        {
            var s = (Digit(c) + p) % 10;
            p = 2 * (s == 0 ? 10 : s) % 11;
        }

        return (11 - p) % 10 == Digit(n[8]);
    }

    // A 2-digit key + SIREN: key = (12 + 3 × (SIREN mod 97)) mod 97, SIREN Luhn-valid unless it starts 000.
    // Letter keys are checked by VIES only, so they fail here (billing.md §13).
    private static bool France(string n) =>
        n.Length == 11 && AllDigits(n)
        && (n.AsSpan(2, 3).SequenceEqual("000") || Luhn(n[2..]))
        && int.Parse(n[..2], CultureInfo.InvariantCulture) == (12 + 3 * (long.Parse(n[2..], CultureInfo.InvariantCulture) % 97)) % 97;

    // Luhn over 11 digits; office code (digits 8–10) 001–100, 120, 121, 888 or 999; digits 1–7 not all 0.
    private static bool Italy(string n)
    {
        if (n.Length != 11 || !AllDigits(n) || n[..7].All(c => c == '0') || !Luhn(n))
            return false;
        var office = int.Parse(n[7..10], CultureInfo.InvariantCulture);
        return office is >= 1 and <= 100 or 120 or 121 or 888 or 999;
    }

    private static bool Spain(string n)
    {
        if (n.Length != 9 || !AllDigits(n[1..8]))
            return false;
        char first = n[0], control = n[8];
        if (char.IsAsciiDigit(first))
            return SpanishLetters[(int)(long.Parse(n[..8], CultureInfo.InvariantCulture) % 23)] == control;
        var foreigner = "XYZ".IndexOf(first, StringComparison.Ordinal);
        if (foreigner >= 0)
            return SpanishLetters[(int)(long.Parse(foreigner + n[1..8], CultureInfo.InvariantCulture) % 23)] == control;
        if (first is 'K' or 'L' or 'M')
            return SpanishLetters[(int)(long.Parse(n[1..8], CultureInfo.InvariantCulture) % 23)] == control;
        if (!"ABCDEFGHJNPQRSUVW".Contains(first, StringComparison.Ordinal))
            return false;
        var sum = 0;
        for (var i = 0; i < 7; i++)
            sum += DigitSum(Digit(n[1 + i]) * (i % 2 == 0 ? 2 : 1));
        var c = (10 - sum % 10) % 10;
        return control == (char)('0' + c) || control == "JABCDEFGHI"[c];
    }

    // 9 digits + B + 2 digits (not 00): the 11-test, or ISO 7064 MOD 97-10 over "NL" + body (numbers since 2020).
    private static bool Netherlands(string n)
    {
        if (n.Length != 12 || !AllDigits(n[..9]) || n[9] != 'B' || !AllDigits(n[10..]) || n[10..] == "00")
            return false;
        var weighted = 0;
        for (var i = 0; i < 8; i++)
            weighted += (9 - i) * Digit(n[i]);
        if ((weighted - Digit(n[8])) % 11 == 0)
            return true;
        var remainder = 0;
        foreach (var c in "NL" + n)
        {
            var value = char.IsAsciiDigit(c) ? Digit(c) : c - 'A' + 10;
            remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
        }

        return remainder == 1;
    }

    // 10 digits, the first 0 or 1; the last two are 97 − (the first eight mod 97).
    private static bool Belgium(string n) =>
        n.Length == 10 && AllDigits(n) && n[0] is '0' or '1'
        && 97 - int.Parse(n[..8], CultureInfo.InvariantCulture) % 97 == int.Parse(n[8..], CultureInfo.InvariantCulture);

    // U + 8 digits: check = (10 − (Σ digit sums of d × (1,2,1,2,1,2,1) + 4) mod 10) mod 10.
    private static bool Austria(string n)
    {
        if (n.Length != 9 || n[0] != 'U' || !AllDigits(n[1..]))
            return false;
        var sum = 0;
        for (var i = 0; i < 7; i++)
            sum += DigitSum(Digit(n[1 + i]) * (i % 2 == 0 ? 1 : 2));
        return (10 - (sum + 4) % 10) % 10 == Digit(n[8]);
    }

    // 10 digits: Σ w × d mod 11 with w = 6,5,7,2,3,4,5,6,7 is the tenth digit (10 is invalid).
    private static bool Poland(string n)
    {
        if (n.Length != 10 || !AllDigits(n))
            return false;
        const string weights = "657234567";
        var check = weights.Select((w, i) => Digit(w) * Digit(n[i])).Sum() % 11;
        return check != 10 && check == Digit(n[9]);
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
            sum += DigitSum(Digit(digits[^(i + 1)]) * (i % 2 == 0 ? 1 : 2));
        return sum % 10 == 0;
    }

    private static bool AllDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private static int Digit(char c) => c - '0';

    private static int DigitSum(int x) => x / 10 + x % 10;
}
