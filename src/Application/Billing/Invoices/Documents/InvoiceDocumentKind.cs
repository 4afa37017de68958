namespace CleanPlatform.Application.Billing.Invoices.Documents;

/// <summary>What a rendered billing document is: an invoice, or a credit note that corrects one (billing.md §2).</summary>
public enum InvoiceDocumentKind
{
    Invoice,

    /// <summary>Cites the invoice it credits by number and date (<see cref="InvoiceDocument.Credits"/>).</summary>
    CreditNote,
}
