using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Application.Billing.Customers.Common;

/// <summary>
/// An organization's billing details, the latest evidence of its country (at most <see cref="MaxEvidence"/>, newest
/// first; all of it is kept), and how VAT applies to it today (<c>Vat</c>). <c>Version</c> is what a change sends back.
/// </summary>
public sealed record BillingCustomerDto(
    Guid Id, string LegalName, string Email, BillingAddressDto Address, bool IsBusiness, string? VatNumber,
    VatNumberStatus VatNumberStatus, DateTimeOffset? VatNumberCheckedAt, string TimeZone, string Currency,
    IReadOnlyList<CountryEvidenceDto> Evidence, VatPreviewDto Vat, int Version, DateTimeOffset? UpdatedAt) : IHasId
{
    /// <summary>The most pieces of evidence shown.</summary>
    public const int MaxEvidence = 20;

    public static BillingCustomerDto From(BillingCustomer customer, VatTreatment vat)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var address = customer.Address;
        return new(customer.Id, customer.LegalName, customer.Email,
            new BillingAddressDto(address.Line1, address.Line2, address.City, address.PostalCode, address.Country),
            customer.IsBusiness, customer.VatNumber, customer.VatNumberStatus, customer.VatNumberCheckedAt, customer.TimeZone,
            customer.Currency,
            [.. customer.Evidence.Reverse().Take(MaxEvidence).Select(e => new CountryEvidenceDto(e.Source, e.Country, e.RecordedAt))],
            new VatPreviewDto(vat.Case, vat.Rate.Percent.Value, vat.Rate.CategoryCode, vat.Mention), customer.Version,
            customer.UpdatedAt ?? customer.CreatedAt);
    }
}

/// <summary>A billing address; <c>country</c> is ISO 3166-1 alpha-2 (<c>DE</c>).</summary>
public sealed record BillingAddressDto(string Line1, string? Line2, string City, string? PostalCode, string Country)
{
    public BillingAddress ToAddress() =>
        new(Line1.Trim(), string.IsNullOrWhiteSpace(Line2) ? null : Line2.Trim(), City.Trim(),
            string.IsNullOrWhiteSpace(PostalCode) ? null : PostalCode.Trim(), Country);
}

/// <summary>One piece of evidence of the customer's country, as recorded.</summary>
public sealed record CountryEvidenceDto(EvidenceSource Source, string Country, DateTimeOffset RecordedAt);

/// <summary>
/// How VAT applies to a sale to this customer now (billing.md §4): the case (1–5), the rate in percent, the EN 16931
/// category (S, AE, O) and the mention the invoice carries, if any.
/// </summary>
public sealed record VatPreviewDto(VatCase Case, decimal Rate, string Category, string? Mention);
