using System.Globalization;
using CleanPlatform.Application.Billing.Invoices.Documents;

namespace CleanPlatform.Infrastructure.Billing.Documents;

/// <summary>How documents write amounts, dates and addresses: invariant culture, ISO dates, the currency's decimals.</summary>
internal static class DocumentText
{
    /// <summary><c>1,234.56</c> in EUR; <c>1,235</c> in JPY.</summary>
    public static string Amount(decimal amount, string currency) =>
        amount.ToString(Currencies.MinorUnits(currency) is var e and > 0 ? "#,##0." + new string('0', e) : "#,##0",
            CultureInfo.InvariantCulture);

    /// <summary>A unit price: at least the currency's decimals, at most 6 (<c>0.0008</c>, <c>29.00</c>).</summary>
    public static string UnitPrice(decimal price, string currency)
    {
        var e = Currencies.MinorUnits(currency);
        return price.ToString("#,##0." + new string('0', e) + new string('#', 6 - e), CultureInfo.InvariantCulture);
    }

    public static string Quantity(decimal quantity) => quantity.ToString("#,##0.######", CultureInfo.InvariantCulture);

    /// <summary>A rate in percent: <c>19 %</c>, <c>5.5 %</c>.</summary>
    public static string Rate(decimal percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + " %";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An IBAN in groups of four: <c>DE89 3704 0044 0532 0130 00</c>.</summary>
    public static string Iban(string iban) => string.Join(' ', iban.Chunk(4).Select(group => new string(group)));

    /// <summary>A party's name and address as the lines of its block.</summary>
    public static IEnumerable<string> Address(DocumentParty party)
    {
        yield return party.Line1;
        if (!string.IsNullOrWhiteSpace(party.Line2))
            yield return party.Line2;
        yield return string.IsNullOrWhiteSpace(party.PostalCode) ? party.City : $"{party.PostalCode} {party.City}";
        yield return party.Country;
    }
}
