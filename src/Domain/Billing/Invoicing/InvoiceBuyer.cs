using CleanPlatform.Domain.Billing.Customers;

namespace CleanPlatform.Domain.Billing.Invoicing;

/// <summary>Who an invoice is made out to, as they were at finalization: later changes of the details leave it alone.</summary>
public sealed record InvoiceBuyer(string LegalName, BillingAddress Address, string? VatNumber)
{
    public string LegalName { get; } = LegalName;

    public BillingAddress Address { get; } = Address;

    public string? VatNumber { get; } = VatNumber;
}
