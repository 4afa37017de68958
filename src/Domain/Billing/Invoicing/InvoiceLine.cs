namespace CleanPlatform.Domain.Billing.Invoicing;

/// <summary>
/// One line of an invoice: what is sold, how many at what unit price (up to 6 decimals), its net rounded once
/// (billing.md §1). It bears the VAT of its invoice, set once at finalization; a line is never changed after that.
/// </summary>
public sealed class InvoiceLine
{
    public const int DescriptionMaxLength = 500;

    /// <summary>Most decimals a unit price keeps.</summary>
    public const int UnitPriceDecimals = 6;

    private InvoiceLine() { }

    internal InvoiceLine(int position, string description, decimal quantity, decimal unitPrice, Money net)
    {
        Position = position;
        Description = description;
        Quantity = quantity;
        UnitPrice = unitPrice;
        Net = net.Amount;
    }

    /// <summary>1 for the first line.</summary>
    public int Position { get; private set; }

    public string Description { get; private set; } = "";

    public decimal Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    /// <summary>Quantity × unit price, rounded once to the invoice's currency; negative for a discount or a credit.</summary>
    public decimal Net { get; private set; }
}
