namespace CleanPlatform.Domain.Billing.Tax;

/// <summary>
/// How VAT applies to a line, as the EN 16931 category codes say it (shared/domain/billing.md §4): taxed at a
/// member state's standard rate, reverse-charged to an EU business with a valid VAT number, or outside the scope
/// of EU VAT.
/// </summary>
public enum VatCategory
{
    /// <summary>EN 16931 <c>S</c>: taxed at the standard rate of the seller's or the customer's state.</summary>
    Standard,

    /// <summary>EN 16931 <c>AE</c>: 0 %, the customer accounts for the VAT ("Reverse charge").</summary>
    ReverseCharge,

    /// <summary>EN 16931 <c>O</c>: 0 %, the place of supply is outside the EU VAT territory.</summary>
    OutsideScope,
}
