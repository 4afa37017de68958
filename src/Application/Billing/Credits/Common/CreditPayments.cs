using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Credits;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Payments;

namespace CleanPlatform.Application.Billing.Credits.Common;

/// <summary>
/// Prepaid credits moving with invoices (billing.md §8, §15), in the caller's unit of work: they pay what is due at
/// finalization, recorded as a <see cref="PaymentMethod.Credits"/> payment, and a credit note of an invoice they paid
/// gives them back before anything is refunded.
/// </summary>
public sealed class CreditPayments(IBillingDb db, CreditGrantLocks grants)
{
    /// <summary>Pays what each just-finalized invoice has due from its organization's live credits in its currency.</summary>
    public async Task PayAsync(IReadOnlyList<Invoice> invoices, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        var due = invoices.Where(i => i.Status == InvoiceStatus.Open && i.AmountDue > 0m).ToList();
        if (due.Count == 0)
            return;
        var live = await grants.LiveAsync([.. due.Select(i => i.OrganizationId).Distinct()],
            [.. due.Select(i => i.Currency).Distinct()], now, ct);
        foreach (var invoice in due.Where(i => live.Contains(i.OrganizationId)))
        {
            var (paid, entries) = CreditWallet.Pay([.. live[invoice.OrganizationId]],
                new Money(invoice.AmountDue, invoice.Currency), invoice.Id, now);
            if (paid.Amount == 0m)
                continue;
            db.CreditLedger.AddRange(entries);
            db.Payments.Add(Payment.ByCredits(invoice.OrganizationId, invoice.Id, paid, now));
            invoice.RecordPayment(paid, now);
        }
    }

    /// <summary>
    /// Gives what the credit note would refund back to the credits that paid its invoice, up to what they paid and
    /// the last grant used first (§15); the credit note records it. Call it before the credit note is saved.
    /// </summary>
    public async Task RestoreAsync(Invoice invoice, CreditNote note, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(note);
        if (note.RefundDue <= 0m
            || !await db.CreditLedger.IgnoreQueryFilters().AnyAsync(e => e.InvoiceId == invoice.Id, ct))
            return;
        await grants.LockAsync([invoice.OrganizationId], ct);
        var used = await db.CreditLedger.IgnoreQueryFilters()
            .Where(e => e.InvoiceId == invoice.Id
                && (e.Kind == CreditLedgerKind.Consume || e.Kind == CreditLedgerKind.Restore))
            .ToListAsync(ct);
        var grantIds = used.Select(e => e.GrantId).Distinct().ToList();
        var paidBy = await db.CreditGrants.IgnoreQueryFilters().AsTracking()
            .Where(g => grantIds.Contains(g.Id)).ToListAsync(ct);
        var (restored, entries) = CreditWallet.Restore(paidBy, used, new Money(note.RefundDue, note.Currency),
            invoice.Id, note.Id, now);
        note.RestoreToCredits(restored);
        db.CreditLedger.AddRange(entries);
    }
}
