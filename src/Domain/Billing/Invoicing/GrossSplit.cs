using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Invoicing;

/// <summary>
/// A gross amount (VAT included) split into net and VAT, as a partial refund's credit note needs it (billing.md
/// §1, §15): net = round(gross × 100 / (100 + rate)), VAT = round(net × rate / 100). The document's net + VAT is
/// authoritative and may differ from the gross asked for by a cent: 13.00 at 19 % gives 10.92 + 2.07 = 12.99.
/// </summary>
public sealed record GrossSplit(Money Requested, Money Net, Money Tax)
{
    public Money Requested { get; } = Requested;

    public Money Net { get; } = Net;

    public Money Tax { get; } = Tax;

    /// <summary>What the document says: net + VAT.</summary>
    public Money Total => Net + Tax;

    public static GrossSplit Of(Money gross, VatRate vat)
    {
        ArgumentNullException.ThrowIfNull(gross);
        var net = new Money(gross.Amount * 100m / (100m + vat.Percent.Value), gross.Currency);
        return new GrossSplit(gross, net, vat.VatOn(net));
    }
}
