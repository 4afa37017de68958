namespace CleanPlatform.Application.Billing.Invoices.Documents;

/// <summary>
/// The currency each member state keeps its VAT in: the euro in the euro area (Bulgaria since 1 January 2026), the
/// national one elsewhere. Art. 230 of Directive 2006/112/EC asks for the VAT in it when an invoice is in another.
/// </summary>
internal static class NationalCurrencies
{
    private static readonly Dictionary<string, string> OutsideTheEuroArea = new(StringComparer.Ordinal)
    {
        ["CZ"] = "CZK",
        ["DK"] = "DKK",
        ["HU"] = "HUF",
        ["PL"] = "PLN",
        ["RO"] = "RON",
        ["SE"] = "SEK",
    };

    /// <summary>The national currency of member state <paramref name="country"/>: <c>EUR</c> for <c>DE</c>.</summary>
    public static string Of(string country) => OutsideTheEuroArea.GetValueOrDefault(country, "EUR");
}
