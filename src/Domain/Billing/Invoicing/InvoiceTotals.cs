using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Invoicing;

/// <summary>
/// A document's totals (billing.md §1). VAT is computed once per breakdown row (category and rate) over the sum of
/// the lines' nets at that rate, never as a sum of per-line VAT (EN 16931 BR-CO-17): three lines of 33.34 at 19 %
/// bear 19.00, where per-line VAT would give 18.99. Discounts are negative lines at the rate of what they discount.
/// </summary>
public sealed record InvoiceTotals(Money LineTotal, IReadOnlyList<VatBreakdown> Breakdown, Money TaxTotal)
{
    public Money LineTotal { get; } = LineTotal;

    public IReadOnlyList<VatBreakdown> Breakdown { get; } = Breakdown;

    public Money TaxTotal { get; } = TaxTotal;

    /// <summary>Lines and VAT: <c>LineTotal + TaxTotal</c>.</summary>
    public Money Total => LineTotal + TaxTotal;

    /// <summary>The totals of <paramref name="lines"/>, all in <paramref name="currency"/>.</summary>
    /// <exception cref="DomainException"><c>money.currency_mismatch</c> when a line is in another currency.</exception>
    public static InvoiceTotals Of(string currency, IEnumerable<TaxableLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var zero = Money.Zero(currency);
        var breakdown = lines
            .GroupBy(line => line.Vat)
            .Select(rate =>
            {
                var taxable = rate.Aggregate(zero, (sum, line) => sum + line.Net);
                return new VatBreakdown(rate.Key, taxable, rate.Key.VatOn(taxable));
            })
            .OrderBy(row => row.Vat.Category).ThenByDescending(row => row.Vat.Percent)
            .ToList();
        return new InvoiceTotals(
            breakdown.Aggregate(zero, (sum, row) => sum + row.Taxable),
            breakdown,
            breakdown.Aggregate(zero, (sum, row) => sum + row.Tax));
    }
}
