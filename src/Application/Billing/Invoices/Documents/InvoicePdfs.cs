using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Invoices.Documents;

/// <summary>
/// The stored PDF of finalized invoices: the one rendered first stays, whoever renders it (the finalization's
/// handlers or a download that found none); two at once store one, and the other reads it.
/// </summary>
public sealed class InvoicePdfs(
    IBillingDb db, IInvoicePdfRenderer renderer, IOptionsMonitor<BillingSellerOptions> seller, TimeProvider time)
{
    /// <summary>The code of the one finalized invoice that has no document: one in a currency the seller keeps no rate of.</summary>
    public const string NotRenderable = "invoice.exchange_rate_missing";

    /// <summary>The PDF of <paramref name="invoice"/>, rendered and stored now if it has none yet.</summary>
    /// <exception cref="ConflictException">See <see cref="InvoiceDocument.Of"/>.</exception>
    public async Task<InvoicePdf> GetOrRenderAsync(Invoice invoice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (await FindAsync(invoice.Id, ct) is { } stored)
            return stored;
        var pdf = InvoicePdf.Of(invoice.Id, renderer.Render(InvoiceDocument.Of(invoice, seller.CurrentValue)),
            time.GetUtcNow());
        db.InvoiceDocuments.Add(pdf);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone stored it first: theirs is the document.
            db.ChangeTracker.Clear();
            return await FindAsync(invoice.Id, ct) ?? throw new InvalidOperationException(
                $"The PDF of invoice {invoice.Id} could not be stored, and none is.");
        }

        return pdf;
    }

    /// <summary>As <see cref="GetOrRenderAsync"/>, but null for an invoice that has no document (<see cref="NotRenderable"/>).</summary>
    public async Task<InvoicePdf?> TryGetOrRenderAsync(Invoice invoice, CancellationToken ct)
    {
        try
        {
            return await GetOrRenderAsync(invoice, ct);
        }
        catch (ConflictException ex) when (ex.Code == NotRenderable)
        {
            return null;
        }
    }

    private Task<InvoicePdf?> FindAsync(Guid invoiceId, CancellationToken ct) =>
        db.InvoiceDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.InvoiceId == invoiceId, ct);
}
