using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Application.Billing.Invoices.Common;

/// <summary>
/// An invoice with its lines. Amounts are in <c>currency</c>, VAT excluded on lines; <c>total</c> = <c>lineTotal</c> +
/// <c>taxTotal</c>; <c>amountCredited</c> is what its credit notes total (<c>creditNotes</c>, oldest first), and
/// <c>amountDue</c> = max(0, <c>total</c> − <c>amountPaid</c> − <c>amountCredited</c>) is what is left to pay. Number, buyer
/// and VAT are set at finalization.
/// </summary>
public sealed record InvoiceDto(
    Guid Id, string? Number, InvoiceStatus Status, string Currency, DateTimeOffset CreatedAt, DateTimeOffset? IssuedAt,
    DateTimeOffset? DueAt, DateTimeOffset? PaidAt, string? BuyerName, string? BuyerCountry, string? BuyerVatNumber,
    VatCase? VatCase, decimal? VatRate, string? VatMention, decimal LineTotal, decimal TaxTotal, decimal Total,
    decimal AmountPaid, decimal AmountCredited, decimal AmountDue, IReadOnlyList<InvoiceLineDto> Lines,
    IReadOnlyList<InvoiceCreditNoteDto> CreditNotes) : IHasId
{
    /// <summary>The invoice as the API shows it, with the credit notes issued against it (none given: none).</summary>
    public static InvoiceDto From(Invoice invoice, IReadOnlyList<InvoiceCreditNoteDto>? creditNotes = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var currency = invoice.Currency;
        return new(invoice.Id, invoice.Number, invoice.Status, currency, invoice.CreatedAt, invoice.IssuedAt,
            invoice.DueAt, invoice.PaidAt, invoice.BuyerName, invoice.BuyerCountry, invoice.BuyerVatNumber, invoice.VatCase,
            invoice.VatRate is { } rate ? Amounts.Trimmed(rate) : null, invoice.VatMention,
            Amounts.Money(invoice.LineTotal, currency), Amounts.Money(invoice.TaxTotal, currency),
            Amounts.Money(invoice.Total, currency), Amounts.Money(invoice.AmountPaid, currency),
            Amounts.Money(invoice.AmountCredited, currency), Amounts.Money(invoice.AmountDue, currency),
            [.. invoice.Lines.OrderBy(l => l.Position).Select(l => new InvoiceLineDto(l.Position, l.Description,
                Amounts.Trimmed(l.Quantity), Amounts.Trimmed(l.UnitPrice), Amounts.Money(l.Net, currency)))],
            creditNotes ?? []);
    }
}

/// <summary>One line: quantity × unit price, its net rounded once to the currency.</summary>
public sealed record InvoiceLineDto(int Position, string Description, decimal Quantity, decimal UnitPrice, decimal Net);

/// <summary>A credit note issued against the invoice: its id and number (the whole of it at <c>/billing/credit-notes/{id}</c>).</summary>
/// <param name="Id">The credit note's id.</param>
/// <param name="Number">Its number: <c>CN-2026-000001</c>.</param>
/// <param name="Total">What it credits, VAT included.</param>
public sealed record InvoiceCreditNoteDto(Guid Id, string Number, decimal Total);
