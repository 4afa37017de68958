using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Application.Billing.Common;

/// <summary>
/// The operator as seller, from configuration section <c>Billing:Seller</c>: the member state it is established in
/// (its VAT applies to domestic sales) and whether its cross-border sales to EU consumers passed €10,000 this year
/// (billing.md §4: until they do, those sales may bear the seller's rate); and what every invoice says of it
/// (billing.md §11): its legal name, address and VAT number, and the bank account it is paid into.
/// </summary>
public sealed class BillingSellerOptions
{
    public const string Section = "Billing:Seller";

    /// <summary>ISO 3166 code of a member state: <c>DE</c>.</summary>
    public string Country { get; set; } = "";

    public bool OssThresholdExceeded { get; set; } = true;

    /// <summary>The seller's legal name as invoices print it: <c>CleanPlatform GmbH</c>.</summary>
    public string LegalName { get; set; } = "";

    public string Line1 { get; set; } = "";

    public string? Line2 { get; set; }

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";

    /// <summary>The seller's VAT number, with its prefix: <c>DE123456788</c>.</summary>
    public string VatNumber { get; set; } = "";

    /// <summary>The account customers pay into: <c>DE89370400440532013000</c> (spaces allowed).</summary>
    public string Iban { get; set; } = "";

    /// <summary>The bank's BIC: 8 or 11 letters and digits.</summary>
    public string Bic { get; set; } = "";

    public string BankName { get; set; } = "";

    /// <summary>
    /// Whether every detail is there and well formed: a member state, a legal name, an address, a VAT number that
    /// passes its local check, an IBAN that passes mod 97, a BIC, a bank name.
    /// </summary>
    public bool IsValid =>
        VatRates.IsMemberState(Country)
        && !string.IsNullOrWhiteSpace(LegalName) && !string.IsNullOrWhiteSpace(Line1)
        && !string.IsNullOrWhiteSpace(PostalCode) && !string.IsNullOrWhiteSpace(City)
        && Domain.Billing.Tax.VatNumber.TryParse(VatNumber, out _, out _)
        && BankAccount.IsIban(Iban) && BankAccount.IsBic(Bic) && !string.IsNullOrWhiteSpace(BankName);
}
