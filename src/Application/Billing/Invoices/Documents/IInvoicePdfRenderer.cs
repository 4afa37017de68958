namespace CleanPlatform.Application.Billing.Invoices.Documents;

/// <summary>Lays out an invoice or credit note as a PDF (A4, as many pages as its lines need).</summary>
public interface IInvoicePdfRenderer
{
    /// <summary>The PDF's bytes; the same document gives the same text.</summary>
    byte[] Render(InvoiceDocument document);
}
