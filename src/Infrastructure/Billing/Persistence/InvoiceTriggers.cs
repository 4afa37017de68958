namespace CleanPlatform.Infrastructure.Billing.Persistence;

/// <summary>
/// What keeps a finalized invoice as it was issued (billing.md §2), in the database itself: once an invoice is no longer
/// a draft, only its status (never back to draft), what was paid or credited, when, the reminders sent, and the row's version and
/// update stamps may change; it cannot be deleted; its lines cannot be added, changed or removed. The migration
/// <c>BillingInvoices</c> creates these triggers with each provider's SQL.
/// </summary>
internal static class InvoiceTriggers
{
    public const string InvoicesFrozen = "TR_Invoices_Frozen";
    public const string InvoicesKept = "TR_Invoices_Kept";
    public const string LinesFrozenOnInsert = "TR_InvoiceLines_FrozenOnInsert";
    public const string LinesFrozenOnUpdate = "TR_InvoiceLines_FrozenOnUpdate";
    public const string LinesFrozenOnDelete = "TR_InvoiceLines_FrozenOnDelete";

    /// <summary>The message every provider raises.</summary>
    public const string Message = "A finalized invoice cannot be changed: correct it with a credit note.";

    /// <summary>The columns a finalized invoice keeps as they were.</summary>
    public static readonly IReadOnlyList<string> FrozenColumns =
    [
        "OrganizationId", "Currency", "Number", "IssuedAt", "DueAt", "BuyerName", "BuyerLine1", "BuyerLine2", "BuyerCity",
        "BuyerPostalCode", "BuyerCountry", "BuyerVatNumber", "VatCase", "VatCategory", "VatRate", "VatMention", "LineTotal",
        "TaxTotal", "Total", "CreatedAt", "CreatedBy",
    ];
}
