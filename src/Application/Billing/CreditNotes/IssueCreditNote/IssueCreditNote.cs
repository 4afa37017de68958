using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.CreditNotes.Common;
using CleanPlatform.Application.Billing.Credits.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Application.Billing.CreditNotes.IssueCreditNote;

/// <summary>
/// Issues a credit note against a finalized invoice of any organization (billing.md §2): the platform administrator's
/// correction, cross-tenant by nature and audited in the invoice's organization's trail too. It is numbered from the
/// year's <c>CN</c> series in this transaction; it first reduces what the invoice has due, and what the buyer already
/// paid of it goes back first to the prepaid credits that paid it (<c>restoredToCredits</c>), and the rest is to be
/// refunded out of band (<c>refundDue</c>). A full credit note of an unpaid invoice voids it.
/// </summary>
[Authorize(PlatformAdmin = true), Audited("CreditNote")]
public sealed record IssueCreditNote(
    Guid InvoiceId, CreditNoteKind Kind, IReadOnlyList<CreditNoteLineRequest>? Lines, MoneyDto? GrossAmount, string Reason)
    : ICommand<CreditNoteDto>;

/// <summary>An amount to credit, on a line of its own.</summary>
/// <param name="Description">What is credited, as the line will say.</param>
/// <param name="Amount">The amount credited, net (VAT excluded), in the invoice's currency; above 0.</param>
public sealed record CreditNoteLineRequest(string Description, MoneyDto Amount);

public sealed class IssueCreditNoteHandler(IBillingDb db, IInvoiceNumbers numbers, IOrganizationLocks locks,
    CreditPayments credits, AuditScope audit, TimeProvider time) : ICommandHandler<IssueCreditNote, CreditNoteDto>
{
    public async ValueTask<CreditNoteDto> Handle(IssueCreditNote command, CancellationToken cancellationToken)
    {
        var organizationId = await db.Invoices.IgnoreQueryFilters().Where(i => i.Id == command.InvoiceId)
            .Select(i => (Guid?)i.OrganizationId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Invoice", command.InvoiceId);
        // One credit note of an organization at a time: the second reads what the first credited (Σ ≤ total).
        await locks.AcquireAsync(nameof(CreditNote), organizationId, cancellationToken);
        var invoice = await db.Invoices.IgnoreQueryFilters().AsTracking()
            .SingleAsync(i => i.Id == command.InvoiceId, cancellationToken);
        if (await db.CreditNotes.IgnoreQueryFilters().CountAsync(c => c.InvoiceId == invoice.Id, cancellationToken)
            >= CreditNote.MaxPerInvoice)
            throw new ConflictException("credit_note.too_many",
                $"An invoice takes at most {CreditNote.MaxPerInvoice} credit notes.");

        var now = time.GetUtcNow();
        var number = new InvoiceNumber(InvoiceNumber.CreditNotes, now.Year,
            await numbers.NextAsync(InvoiceNumber.CreditNotes, now.Year, cancellationToken));
        CreditNote note;
        try
        {
            note = command.Kind switch
            {
                CreditNoteKind.Full => CreditNote.Full(invoice, number, command.Reason, now),
                CreditNoteKind.Gross => CreditNote.OfGross(invoice, number, command.GrossAmount!.ToMoney(), command.Reason, now),
                _ => CreditNote.OfLines(invoice, number,
                    command.Lines!.Select(l => (l.Description, l.Amount.ToMoney())), command.Reason, now),
            };
        }
        catch (DomainException ex) when (ex.Code == "credit_note.exceeds_invoice")
        {
            // The transaction rolls back: the number taken is given back and nothing is written.
            throw new ConflictException(ex.Code, ex.Message);
        }

        await credits.RestoreAsync(invoice, note, now, cancellationToken);
        db.CreditNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        audit.EntityId = note.Id.ToString();
        audit.TenantOrganizationId = invoice.OrganizationId;
        return CreditNoteDto.From(note);
    }
}
