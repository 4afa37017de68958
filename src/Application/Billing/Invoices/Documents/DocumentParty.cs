namespace CleanPlatform.Application.Billing.Invoices.Documents;

/// <summary>A seller or buyer as a document names them: legal name, postal address, VAT number when there is one.</summary>
public sealed record DocumentParty(
    string Name, string Line1, string? Line2, string? PostalCode, string City, string Country, string? VatNumber);
