namespace CleanPlatform.Domain.Billing.Invoicing;

/// <summary>An invoice's lifecycle (billing.md §2).</summary>
public enum InvoiceStatus
{
    /// <summary>Editable, no number yet.</summary>
    Draft,

    /// <summary>Finalized: numbered, its content frozen, waiting for payment.</summary>
    Open,

    Paid,

    /// <summary>Cancelled by a full credit note; its number is kept.</summary>
    Void,

    /// <summary>Dunning gave up; a late payment still makes it paid.</summary>
    Uncollectible,
}
