namespace CleanPlatform.Domain.Billing.CreditNotes;

/// <summary>How a credit note was made (billing.md §2, §1 gross → net).</summary>
public enum CreditNoteKind
{
    /// <summary>Every line of the invoice: the whole invoice is credited.</summary>
    Full,

    /// <summary>Some amounts, each a line of its own (net).</summary>
    Lines,

    /// <summary>A partial refund of a gross amount (VAT included), split into net and VAT.</summary>
    Gross,
}
