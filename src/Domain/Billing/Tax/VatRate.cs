using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Tax;

/// <summary>
/// The VAT a line bears: its category and rate. Lines with the same category and rate are taxed together
/// (<see cref="Invoicing.InvoiceTotals"/>). Reverse-charged and out-of-scope lines are at 0 %.
/// </summary>
public readonly record struct VatRate
{
    /// <exception cref="DomainException"><c>vat.rate_not_zero</c> when a reverse-charged or out-of-scope rate is not 0 %.</exception>
    public VatRate(VatCategory category, Percentage percent)
    {
        if (category != VatCategory.Standard && percent != Percentage.Zero)
            throw new DomainException("vat.rate_not_zero", $"A {category} line is at 0 %, not {percent}.");
        Category = category;
        Percent = percent;
    }

    public VatCategory Category { get; }

    public Percentage Percent { get; }

    /// <summary>The standard rate <paramref name="percent"/> (19 means 19 %).</summary>
    public static VatRate Standard(decimal percent) => new(VatCategory.Standard, new Percentage(percent));

    /// <summary>0 %, reverse charge.</summary>
    public static VatRate ReverseCharge => new(VatCategory.ReverseCharge, Percentage.Zero);

    /// <summary>0 %, outside the scope of EU VAT.</summary>
    public static VatRate OutsideScope => new(VatCategory.OutsideScope, Percentage.Zero);

    /// <summary>The EN 16931 category code: S, AE or O.</summary>
    public string CategoryCode => Category switch
    {
        VatCategory.ReverseCharge => "AE",
        VatCategory.OutsideScope => "O",
        _ => "S",
    };

    /// <summary>The VAT on <paramref name="taxable"/> at this rate, rounded once (billing.md §1).</summary>
    public Money VatOn(Money taxable)
    {
        ArgumentNullException.ThrowIfNull(taxable);
        return taxable * Percent.Fraction;
    }

    public override string ToString() => $"{CategoryCode} {Percent}";
}
