using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Invoicing;

/// <summary>A document line as tax sees it: its net amount (already rounded) and the VAT it bears.</summary>
public sealed record TaxableLine(Money Net, VatRate Vat)
{
    public Money Net { get; } = Net;

    public VatRate Vat { get; } = Vat;

    /// <summary>
    /// A line's net amount, rounded once: quantity × unit price − discount (billing.md §1). Unit prices may have up
    /// to 6 decimals; the rounding is the currency's, half away from zero.
    /// </summary>
    public static Money NetOf(decimal quantity, decimal unitPrice, string currency, decimal discount = 0m) =>
        new(quantity * unitPrice - discount, currency);
}
