using System.Collections.Frozen;

namespace CleanPlatform.Domain.Billing.Tax;

/// <summary>
/// An EU VAT identification number that passed the local check of billing.md §4 and §15: spaces, dots and dashes
/// removed, upper case, a member state's prefix (Greece's is <c>EL</c>), then the checksum where §4 gives one
/// (DE, FR, IT, ES, NL, BE, AT, PL) or the format (2 to 12 letters or digits) elsewhere. A number that fails here
/// is invalid whatever VIES says; one that passes still needs VIES before it earns a reverse charge.
/// </summary>
public sealed record VatNumber
{
    /// <summary>The longest input looked at, separators included.</summary>
    public const int MaxLength = 32;

    // The member states of VatRates, by their VAT prefix: Greece's is EL, not its ISO code GR.
    private static readonly FrozenSet<string> MemberStatePrefixes =
        VatRates.MemberStates.Select(state => state == "GR" ? "EL" : state).ToFrozenSet(StringComparer.Ordinal);

    private VatNumber(string prefix, string body, bool checksumVerified)
    {
        CountryPrefix = prefix;
        Body = body;
        ChecksumVerified = checksumVerified;
    }

    /// <summary>The member state's prefix: <c>DE</c>, <c>EL</c> for Greece.</summary>
    public string CountryPrefix { get; }

    /// <summary>What follows the prefix, normalised.</summary>
    public string Body { get; }

    /// <summary>Whether a checksum was verified (true) or only the format (states without a rule in §4).</summary>
    public bool ChecksumVerified { get; }

    /// <summary>The normalised number: <c>DE123456788</c>.</summary>
    public string Value => CountryPrefix + Body;

    public override string ToString() => Value;

    /// <summary>Normalises and checks <paramref name="raw"/>; on failure, <paramref name="problem"/> says why.</summary>
    public static bool TryParse(string? raw, out VatNumber? number, out string? problem)
    {
        number = null;
        problem = Problem(raw, out var prefix, out var body);
        if (problem is not null)
            return false;
        number = new VatNumber(prefix, body, VatNumberChecksums.Has(prefix));
        return true;
    }

    private static string? Problem(string? raw, out string prefix, out string body)
    {
        prefix = body = "";
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > MaxLength)
            return $"Enter a VAT number of at most {MaxLength} characters, starting with its country prefix.";
        var normalised = new string(raw.Where(c => c is not (' ' or '.' or '-')).ToArray()).ToUpperInvariant();
        if (normalised.Length < 4 || !normalised.All(char.IsAsciiLetterOrDigit))
            return "A VAT number is a country prefix followed by letters and digits.";
        prefix = normalised[..2];
        body = normalised[2..];
        if (prefix == "GR")
            return "Greek VAT numbers start with EL, not GR.";
        if (!MemberStatePrefixes.Contains(prefix))
            return $"'{prefix}' is not the prefix of an EU member state.";
        if (prefix == "BE" && body.Length == 9 && body.All(char.IsAsciiDigit))
            return "Belgian VAT numbers have 10 digits: add the leading 0.";
        if (VatNumberChecksums.Has(prefix))
            return VatNumberChecksums.Passes(prefix, body) ? null : $"{normalised} is not a valid {prefix} VAT number.";
        return body.Length <= 12 ? null : $"{normalised} is too long for a VAT number.";
    }
}
