namespace CleanPlatform.Domain.Billing.CreditNotes;

/// <summary>
/// One line of a credit note: what is credited, how many at what unit price, its net rounded once (billing.md §1). It
/// bears the VAT of the invoice it corrects; it never changes.
/// </summary>
public sealed class CreditNoteLine
{
    private CreditNoteLine() { }

    internal CreditNoteLine(int position, string description, decimal quantity, decimal unitPrice, decimal net)
    {
        Position = position;
        Description = description;
        Quantity = quantity;
        UnitPrice = unitPrice;
        Net = net;
    }

    /// <summary>1 for the first line.</summary>
    public int Position { get; private set; }

    public string Description { get; private set; } = "";

    public decimal Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    /// <summary>Quantity × unit price, rounded once to the currency; a copied discount line stays negative.</summary>
    public decimal Net { get; private set; }
}
