using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Application.Billing.CreditNotes.Common;

/// <summary>
/// A credit note with its lines (billing.md §2): final from its issue, it corrects one finalized invoice, whose number and
/// issue date it cites, at that invoice's VAT. Amounts are in <c>currency</c>; <c>total</c> = <c>lineTotal</c> +
/// <c>taxTotal</c> = <c>appliedToInvoice</c> + <c>refundDue</c>.
/// </summary>
/// <param name="Id">The credit note's id.</param>
/// <param name="Number">Its number in the year's gapless <c>CN</c> series: <c>CN-2026-000001</c>.</param>
/// <param name="Kind">How it was made: Full (every line of the invoice), Lines (amounts given net) or Gross (a partial refund of a gross amount).</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="Reason">Why the invoice was corrected.</param>
/// <param name="InvoiceId">The invoice it corrects.</param>
/// <param name="InvoiceNumber">The number of the invoice it corrects, which it cites.</param>
/// <param name="InvoiceIssuedAt">The issue date of the invoice it corrects, which it cites.</param>
/// <param name="Currency">The invoice's currency, ISO 4217.</param>
/// <param name="VatCategory">The invoice's VAT category, as frozen at its finalization.</param>
/// <param name="VatRate">The invoice's VAT rate in percent (19 means 19 %).</param>
/// <param name="VatMention">What the invoice had to say about its VAT ("Reverse charge", …), if anything.</param>
/// <param name="LineTotal">The sum of the lines' nets.</param>
/// <param name="TaxTotal">The VAT, computed once per rate over the lines (billing.md §1).</param>
/// <param name="Total">What is credited: lines and VAT.</param>
/// <param name="RequestedGross">For a Gross credit note, the gross amount asked for; the total, net + VAT, may differ from it by a cent.</param>
/// <param name="AppliedToInvoice">The part of the total that reduced what the invoice still had due.</param>
/// <param name="RefundDue">The part of the total already paid, to be refunded to the buyer by bank transfer.</param>
/// <param name="RestoredToCredits">The part of the total already paid by prepaid credits, given back to them instead of refunded.</param>
/// <param name="Lines">What is credited, line by line.</param>
public sealed record CreditNoteDto(
    Guid Id, string Number, CreditNoteKind Kind, DateTimeOffset IssuedAt, string Reason, Guid InvoiceId,
    string InvoiceNumber, DateTimeOffset InvoiceIssuedAt, string Currency, VatCategory VatCategory, decimal VatRate,
    string? VatMention, decimal LineTotal, decimal TaxTotal, decimal Total, decimal? RequestedGross,
    decimal AppliedToInvoice, decimal RefundDue, decimal RestoredToCredits, IReadOnlyList<CreditNoteLineDto> Lines) : IHasId
{
    public static CreditNoteDto From(CreditNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var currency = note.Currency;
        return new(note.Id, note.Number, note.Kind, note.IssuedAt, note.Reason, note.InvoiceId, note.InvoiceNumber,
            note.InvoiceIssuedAt, currency, note.VatCategory, Amounts.Trimmed(note.VatRate), note.VatMention,
            Amounts.Money(note.LineTotal, currency), Amounts.Money(note.TaxTotal, currency),
            Amounts.Money(note.Total, currency),
            note.RequestedGross is { } gross ? Amounts.Money(gross, currency) : null,
            Amounts.Money(note.AppliedToInvoice, currency), Amounts.Money(note.RefundDue, currency),
            Amounts.Money(note.RestoredToCredits, currency),
            [.. note.Lines.OrderBy(l => l.Position).Select(l => new CreditNoteLineDto(l.Position, l.Description,
                Amounts.Trimmed(l.Quantity), Amounts.Trimmed(l.UnitPrice), Amounts.Money(l.Net, currency)))]);
    }
}

/// <summary>One line of a credit note: quantity × unit price, its net rounded once to the currency.</summary>
/// <param name="Position">1 for the first line.</param>
/// <param name="Description">What is credited.</param>
/// <param name="Quantity">How many.</param>
/// <param name="UnitPrice">The price of one, VAT excluded, up to 6 decimals.</param>
/// <param name="Net">Quantity × unit price, rounded to the currency; VAT excluded.</param>
public sealed record CreditNoteLineDto(int Position, string Description, decimal Quantity, decimal UnitPrice, decimal Net);
