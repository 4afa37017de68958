using System.Collections.Frozen;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Tax;

/// <summary>
/// The standard VAT rates of the 27 member states (billing.md §4), versioned by the date they took effect. A
/// rate's <c>valid_from</c> is local midnight in the state whose rate it is (billing.md §15): the chargeable event
/// (a period's start, a proration's instant) is converted to that state's time zone before the look-up. Countries
/// are ISO 3166 codes (Greece is <c>GR</c> here, <c>EL</c> only in VAT numbers). SaaS is an electronically
/// supplied service: reduced rates never apply and are not kept.
/// </summary>
public static class VatRates
{
    private static readonly DateOnly Always = DateOnly.MinValue;

    // (country, in force from, %): the rates of 2026, and the changes since 2024 that invoices may still need.
    private static readonly FrozenDictionary<string, (DateOnly From, decimal Percent)[]> History =
        new (string Country, DateOnly From, decimal Percent)[]
        {
            ("AT", Always, 20m), ("BE", Always, 21m), ("BG", Always, 20m), ("CY", Always, 19m), ("CZ", Always, 21m),
            ("DE", Always, 19m), ("DK", Always, 25m), ("EE", Always, 20m), ("EE", new(2024, 1, 1), 22m),
            ("EE", new(2025, 7, 1), 24m), ("GR", Always, 24m), ("ES", Always, 21m), ("FI", Always, 24m),
            ("FI", new(2024, 9, 1), 25.5m), ("FR", Always, 20m), ("HR", Always, 25m), ("HU", Always, 27m),
            ("IE", Always, 23m), ("IT", Always, 22m), ("LT", Always, 21m), ("LU", Always, 17m), ("LV", Always, 21m),
            ("MT", Always, 18m), ("NL", Always, 21m), ("PL", Always, 23m), ("PT", Always, 23m), ("RO", Always, 19m),
            ("RO", new(2025, 8, 1), 21m), ("SE", Always, 25m), ("SI", Always, 22m), ("SK", Always, 20m),
            ("SK", new(2025, 1, 1), 23m),
        }
        .GroupBy(rate => rate.Country)
        .ToFrozenDictionary(g => g.Key, g => g.Select(r => (r.From, r.Percent)).OrderByDescending(r => r.From).ToArray(),
            StringComparer.Ordinal);

    // Each state's time zone, where its rates' valid_from dates are midnight.
    private static readonly FrozenDictionary<string, string> TimeZones =
        ("AT=Europe/Vienna BE=Europe/Brussels BG=Europe/Sofia CY=Asia/Nicosia CZ=Europe/Prague "
        + "DE=Europe/Berlin DK=Europe/Copenhagen EE=Europe/Tallinn GR=Europe/Athens ES=Europe/Madrid "
        + "FI=Europe/Helsinki FR=Europe/Paris HR=Europe/Zagreb HU=Europe/Budapest IE=Europe/Dublin "
        + "IT=Europe/Rome LT=Europe/Vilnius LU=Europe/Luxembourg LV=Europe/Riga MT=Europe/Malta "
        + "NL=Europe/Amsterdam PL=Europe/Warsaw PT=Europe/Lisbon RO=Europe/Bucharest SE=Europe/Stockholm "
        + "SI=Europe/Ljubljana SK=Europe/Bratislava")
            .Split(' ').Select(pair => pair.Split('='))
            .ToFrozenDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

    /// <summary>The ISO 3166 codes of the member states.</summary>
    public static IReadOnlyCollection<string> MemberStates => History.Keys;

    /// <summary>Whether <paramref name="country"/> (ISO 3166, upper case) is an EU member state.</summary>
    public static bool IsMemberState(string? country) => country is not null && History.ContainsKey(country);

    /// <summary>The standard rate of <paramref name="country"/> in force at <paramref name="chargeableAt"/>.</summary>
    /// <exception cref="DomainException"><c>vat.not_a_member_state</c> for a country outside the EU.</exception>
    public static Percentage StandardRate(string country, DateTimeOffset chargeableAt)
    {
        if (!IsMemberState(country))
            throw new DomainException("vat.not_a_member_state", $"'{country}' is not an EU member state.");
        var local = DateOnly.FromDateTime(
            TimeZoneInfo.ConvertTime(chargeableAt, TimeZoneInfo.FindSystemTimeZoneById(TimeZones[country])).DateTime);
        return new Percentage(History[country].First(rate => rate.From <= local).Percent);
    }
}
