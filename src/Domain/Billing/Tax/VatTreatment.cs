namespace CleanPlatform.Domain.Billing.Tax;

/// <summary>
/// The VAT of a sale of the platform's services (electronically supplied: the standard rate everywhere), by the
/// five cases of billing.md §4 and the clarifications of §15, and the mention the invoice must carry.
/// </summary>
public sealed record VatTreatment(VatCase Case, VatRate Rate, string? Mention)
{
    public VatCase Case { get; } = Case;

    public VatRate Rate { get; } = Rate;

    public string? Mention { get; } = Mention;

    public const string ReverseChargeMention = "Reverse charge";
    public const string OutsideEuMention = "Not subject to EU VAT – place of supply outside the EU";

    /// <summary>
    /// The treatment of a sale by a seller established in <paramref name="sellerState"/> to
    /// <paramref name="customer"/> at the chargeable event <paramref name="at"/>. While EU-wide cross-border sales
    /// to consumers stay under €10,000 (<paramref name="ossThresholdExceeded"/> false), case 3 is taxed at the
    /// seller's rate (Art. 59c); businesses without a valid VAT number count as consumers there.
    /// </summary>
    /// <exception cref="Common.DomainException"><c>vat.not_a_member_state</c> when the seller's state is not one.</exception>
    public static VatTreatment For(string sellerState, VatCustomer customer, DateTimeOffset at, bool ossThresholdExceeded = true)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var sellerRate = VatRate.Standard(VatRates.StandardRate(sellerState, at).Value);
        var customerState = VatTerritory.MemberStateOf(customer.Country, customer.PostalCode);
        if (customerState is null)
            return new VatTreatment(VatCase.OutsideEu, VatRate.OutsideScope, OutsideEuMention);
        if (customerState == sellerState)
            return new VatTreatment(customer.IsBusiness ? VatCase.DomesticBusiness : VatCase.DomesticConsumer, sellerRate, null);
        if (customer is { IsBusiness: true, HasValidVatNumber: true })
            return new VatTreatment(VatCase.ReverseCharge, VatRate.ReverseCharge, ReverseChargeMention);
        var rate = ossThresholdExceeded ? VatRate.Standard(VatRates.StandardRate(customerState, at).Value) : sellerRate;
        return new VatTreatment(VatCase.OtherStateConsumer, rate, null);
    }
}
