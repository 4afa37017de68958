using System.Globalization;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Application.Billing.Invoices.Documents;

/// <summary>
/// Everything a finalized invoice or credit note prints (billing.md §11, Art. 226 of Directive 2006/112/EC): title,
/// number and issue date, the credited invoice on a credit note, seller and buyer, lines, the VAT breakdown per rate
/// with the VAT mention, totals, payment terms with the seller's bank details, and what was paid and is left to pay.
/// Amounts are in <see cref="Currency"/> at its decimals; lines exclude VAT.
/// </summary>
public sealed record InvoiceDocument(
    InvoiceDocumentKind Kind, string Number, DateOnly IssueDate, CreditedInvoice? Credits, DocumentParty Seller,
    DocumentParty Buyer, string Currency, IReadOnlyList<DocumentLine> Lines, IReadOnlyList<DocumentVatRow> VatBreakdown,
    string? VatMention, decimal LineTotal, decimal TaxTotal, decimal Total, DocumentPayment Payment, decimal AmountPaid,
    decimal AmountDue)
{
    /// <summary>The heading: <c>Invoice</c> or <c>Credit note</c>.</summary>
    public string Title => Kind == InvoiceDocumentKind.CreditNote ? "Credit note" : "Invoice";

    /// <summary>The file name it is downloaded and attached as: <c>INV-2026-000123.pdf</c>.</summary>
    public string FileName => Number + ".pdf";

    /// <summary>
    /// The document of finalized <paramref name="invoice"/> from <paramref name="seller"/>. Art. 230 asks for the VAT
    /// in the seller's national currency too when the invoice is in another one; the platform keeps no exchange
    /// rates, so such an invoice is refused rather than printed without it.
    /// </summary>
    /// <exception cref="ConflictException">
    /// <c>invoice.not_finalized</c> for a draft; <c>invoice.exchange_rate_missing</c> when the invoice's currency is not
    /// the seller's national one.
    /// </exception>
    public static InvoiceDocument Of(Invoice invoice, BillingSellerOptions seller)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(seller);
        if (invoice is not { Number: { } number, IssuedAt: { } issuedAt, VatCategory: { } category, VatRate: { } rate })
            throw new ConflictException("invoice.not_finalized", "A draft invoice has no document yet: finalize it first.");
        var national = NationalCurrencies.Of(seller.Country);
        if (invoice.Currency != national)
            throw new ConflictException(InvoicePdfs.NotRenderable,
                $"Invoice {number} is in {invoice.Currency}: its VAT must also be stated in {national} (Art. 230), and no exchange rate is kept.");
        var currency = invoice.Currency;
        var vat = new VatRate(category, new Percentage(rate));
        var totals = InvoiceTotals.Of(currency, invoice.Lines.Select(l => new TaxableLine(new Money(l.Net, currency), vat)));
        return new InvoiceDocument(InvoiceDocumentKind.Invoice, number, DateOnly.FromDateTime(issuedAt.UtcDateTime), null,
            SellerOf(seller), BuyerOf(invoice), currency,
            [.. invoice.Lines.OrderBy(l => l.Position).Select(l => new DocumentLine(l.Position, l.Description,
                Amounts.Trimmed(l.Quantity), Amounts.Trimmed(l.UnitPrice), Amounts.Money(l.Net, currency)))],
            [.. totals.Breakdown.Select(row => new DocumentVatRow(row.Vat.CategoryCode, Amounts.Trimmed(row.Vat.Percent.Value),
                row.Taxable.Amount, row.Tax.Amount))],
            invoice.VatMention, Amounts.Money(invoice.LineTotal, currency), Amounts.Money(invoice.TaxTotal, currency),
            Amounts.Money(invoice.Total, currency), PaymentOf(invoice, number, seller),
            Amounts.Money(invoice.AmountPaid, currency), Amounts.Money(invoice.AmountDue, currency));
    }

    private static DocumentParty SellerOf(BillingSellerOptions seller) =>
        new(seller.LegalName, seller.Line1, string.IsNullOrWhiteSpace(seller.Line2) ? null : seller.Line2,
            seller.PostalCode, seller.City, seller.Country, seller.VatNumber);

    private static DocumentParty BuyerOf(Invoice invoice) =>
        new(invoice.BuyerName ?? "", invoice.BuyerLine1 ?? "", invoice.BuyerLine2, invoice.BuyerPostalCode,
            invoice.BuyerCity ?? "", invoice.BuyerCountry ?? "", invoice.BuyerVatNumber);

    private static DocumentPayment PaymentOf(Invoice invoice, string number, BillingSellerOptions seller) =>
        new(invoice.DueAt is { } due ? DateOnly.FromDateTime(due.UtcDateTime) : null,
            invoice.AmountDue == 0m
                ? "Nothing is due: the invoice is paid."
                : string.Create(CultureInfo.InvariantCulture,
                    $"Pay by bank transfer within {InvoiceIssuer.PaymentTerm.TotalDays:0} days, reference {number}."),
            BankAccount.Normalised(seller.Iban), seller.Bic, seller.BankName);
}
