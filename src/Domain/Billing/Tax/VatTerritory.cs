namespace CleanPlatform.Domain.Billing.Tax;

/// <summary>
/// Where a customer is for VAT (billing.md §4, §15): inside a member state's VAT territory, or outside the EU VAT
/// territory. Outside are all non-member countries, and these parts of member states, recognised by their ISO 3166
/// code where they have one and otherwise by postal code: Åland (AX, or FI 22xxx), the Canary Islands (ES 35xxx,
/// 38xxx), Ceuta (ES 51xxx), Melilla (ES 52xxx), Mount Athos (GR 63086, 63087), Büsingen (DE 78266), Heligoland (DE
/// 27498), Livigno (IT 23041), Campione d'Italia (IT 22061), the French overseas departments (GP, GF, MQ, RE, YT,
/// or FR 971–974, 976) and Saint-Martin (MF, or FR 97150). Monaco counts as France. A Northern Ireland customer of
/// these services is a GB customer (<c>XI</c> is for goods only).
/// </summary>
public static class VatTerritory
{
    private static readonly (string Country, string[] PostalPrefixes)[] OutsideParts =
    [
        ("FI", ["22"]),
        ("ES", ["35", "38", "51", "52"]),
        ("GR", ["63086", "63087"]),
        ("DE", ["78266", "27498"]),
        ("IT", ["23041", "22061"]),
        ("FR", ["971", "972", "973", "974", "976", "97150"]),
    ];

    /// <summary>
    /// The member state whose VAT applies to a customer in <paramref name="country"/> (ISO 3166) at
    /// <paramref name="postalCode"/>, or null when the customer is outside the EU VAT territory.
    /// </summary>
    public static string? MemberStateOf(string country, string? postalCode)
    {
        ArgumentNullException.ThrowIfNull(country);
        var state = country.ToUpperInvariant() switch
        {
            "MC" => "FR",
            var code => code,
        };
        if (!VatRates.IsMemberState(state))
            return null;
        var postal = new string((postalCode ?? "").Where(char.IsAsciiDigit).ToArray());
        var outside = OutsideParts.Any(part => part.Country == state
            && part.PostalPrefixes.Any(prefix => postal.StartsWith(prefix, StringComparison.Ordinal)));
        return outside ? null : state;
    }
}
