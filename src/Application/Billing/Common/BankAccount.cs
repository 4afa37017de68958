namespace CleanPlatform.Application.Billing.Common;

/// <summary>The checks of the seller's bank details: an IBAN's mod-97 check digits (ISO 13616), a BIC's shape (ISO 9362).</summary>
public static class BankAccount
{
    /// <summary>The IBAN without spaces, in upper case: <c>DE89370400440532013000</c>.</summary>
    public static string Normalised(string? iban) =>
        new string((iban ?? "").Where(c => c != ' ').ToArray()).ToUpperInvariant();

    /// <summary>
    /// Whether <paramref name="iban"/> (spaces allowed) is a country code, two check digits and up to 30 letters or
    /// digits whose remainder by 97, read with the first four characters moved to the end and letters as 10 to 35, is 1.
    /// </summary>
    public static bool IsIban(string? iban)
    {
        var value = Normalised(iban);
        if (value.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1])
            || !char.IsAsciiDigit(value[2]) || !char.IsAsciiDigit(value[3]) || !value.All(char.IsAsciiLetterOrDigit))
            return false;
        var remainder = 0;
        foreach (var c in value[4..] + value[..4])
        {
            var digits = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (remainder * (digits < 10 ? 10 : 100) + digits) % 97;
        }

        return remainder == 1;
    }

    /// <summary>Whether <paramref name="bic"/> is 4 letters (bank), 2 (country), 2 letters or digits (place), and maybe 3 more (branch).</summary>
    public static bool IsBic(string? bic) =>
        bic is { Length: 8 or 11 } && bic[..6].All(char.IsAsciiLetterUpper) && bic[6..].All(char.IsAsciiLetterOrDigit);
}
