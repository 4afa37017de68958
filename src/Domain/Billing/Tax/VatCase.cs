namespace CleanPlatform.Domain.Billing.Tax;

/// <summary>The five cases of billing.md §4, in its order.</summary>
public enum VatCase
{
    /// <summary>1: a consumer in the seller's state, at the seller's standard rate.</summary>
    DomesticConsumer = 1,

    /// <summary>2: a business in the seller's state, at the seller's standard rate (domestic B2B is taxed).</summary>
    DomesticBusiness = 2,

    /// <summary>3: a consumer, or a business without a valid VAT number, in another member state: that state's rate (OSS).</summary>
    OtherStateConsumer = 3,

    /// <summary>4: a business with a valid VAT number in another member state: reverse charge at 0 %.</summary>
    ReverseCharge = 4,

    /// <summary>5: outside the EU VAT territory: 0 %, not subject to EU VAT.</summary>
    OutsideEu = 5,
}
