using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Documents;
using CleanPlatform.Domain.Billing.Events;
using Microsoft.Extensions.Logging;

namespace CleanPlatform.Application.Billing.Invoices.RenderInvoiceDocument;

/// <summary>
/// Renders a finalized invoice's PDF and stores it with its SHA-256 (billing.md §2, §11), after the finalization
/// committed: renewals finalize thousands of invoices at once and do not wait for their PDFs. An invoice whose PDF
/// cannot be made (<see cref="InvoicePdfs.NotRenderable"/>) is left without one, with a warning.
/// </summary>
public sealed partial class RenderInvoiceDocument(IBillingDb db, InvoicePdfs pdfs, ILogger<RenderInvoiceDocument> log)
    : IHandles<InvoiceFinalized>
{
    public async Task HandleAsync(InvoiceFinalized domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == domainEvent.InvoiceId, ct);
        if (await pdfs.TryGetOrRenderAsync(invoice, ct) is null)
            NoDocument(invoice.Number, invoice.Currency);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Invoice {Number} in {Currency} gets no PDF: its VAT would also have to be stated in the seller's national currency, and no exchange rate is kept")]
    private partial void NoDocument(string? number, string currency);
}
