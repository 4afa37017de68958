using CleanPlatform.Application.Billing.CreditNotes.IssueCreditNote;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Billing.CreditNotes;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>A credit note to issue against an invoice: what to credit, and why.</summary>
/// <param name="Kind">
/// Full: every line of the invoice (an unpaid open or uncollectible invoice becomes void). Lines: the amounts in
/// <c>lines</c>, each net (VAT excluded) on a line of its own. Gross: a partial refund of <c>grossAmount</c> (VAT
/// included), split into net = round(G × 100 / (100 + rate)) and VAT = round(net × rate / 100); net + VAT is what is
/// credited, which may differ from the gross asked for by a cent.
/// </param>
/// <param name="Lines">For Lines only: the amounts to credit, at least one.</param>
/// <param name="GrossAmount">For Gross only: the gross amount to refund, in the invoice's currency.</param>
/// <param name="Reason">Why the invoice is corrected; kept on the credit note.</param>
public sealed record IssueCreditNoteRequest(
    CreditNoteKind Kind, IReadOnlyList<CreditNoteLineRequest>? Lines, MoneyDto? GrossAmount, string Reason)
{
    public IssueCreditNote ToCommand(Guid invoiceId) => new(invoiceId, Kind, Lines, GrossAmount, Reason);
}
