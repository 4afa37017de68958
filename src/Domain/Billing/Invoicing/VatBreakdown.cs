using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Invoicing;

/// <summary>One row of a document's VAT breakdown: the lines at one category and rate, and their VAT.</summary>
public sealed record VatBreakdown(VatRate Vat, Money Taxable, Money Tax)
{
    public VatRate Vat { get; } = Vat;

    public Money Taxable { get; } = Taxable;

    public Money Tax { get; } = Tax;
}
