using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Credits.Common;
using CleanPlatform.Application.Billing.Customers.Common;
using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Application.Billing.Invoices.Common;

/// <summary>
/// Finalizes invoices (billing.md §2), in the caller's unit of work: the next gapless number of the year's <c>INV</c>
/// series, taken in its transaction; the buyer's billing details as they are now; the VAT in force now for them; due
/// in <see cref="PaymentTerm"/>. A zero total is paid at once; the organization's prepaid credits pay what they can of the
/// rest (<see cref="CreditPayments"/>).
/// </summary>
public sealed class InvoiceIssuer(
    IBillingDb db, IInvoiceNumbers numbers, CustomerVat vat, CreditPayments credits, TimeProvider time)
{
    /// <summary>How long a customer has to pay.</summary>
    public static readonly TimeSpan PaymentTerm = TimeSpan.FromDays(14);

    /// <summary>Finalizes a draft that is already saved.</summary>
    /// <exception cref="ConflictException"><c>billing_customer.missing</c> without billing details.</exception>
    public Task FinalizeAsync(Invoice invoice, CancellationToken ct) => FinalizeAllAsync([invoice], ct);

    /// <summary>
    /// Finalizes drafts that are already saved, of any organizations the caller may see, in the order given: their
    /// numbers are taken as one block, their buyers read at once, and they are saved together.
    /// </summary>
    /// <exception cref="ConflictException"><c>billing_customer.missing</c> when an organization has no billing details.</exception>
    public async Task FinalizeAllAsync(IReadOnlyList<Invoice> drafts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        if (drafts.Count == 0)
            return;
        var organizationIds = drafts.Select(i => i.OrganizationId).Distinct().ToList();
        var customers = await db.BillingCustomers.AsNoTracking()
            .Where(c => organizationIds.Contains(c.OrganizationId))
            .ToDictionaryAsync(c => c.OrganizationId, ct);
        if (customers.Count < organizationIds.Count)
            throw new ConflictException("billing_customer.missing",
                "The organization has no billing details yet: an invoice needs its buyer.");
        var now = time.GetUtcNow();
        var first = await numbers.TakeAsync(InvoiceNumber.Invoices, now.Year, drafts.Count, ct);
        for (var i = 0; i < drafts.Count; i++)
        {
            var customer = customers[drafts[i].OrganizationId];
            drafts[i].Finalize(new InvoiceNumber(InvoiceNumber.Invoices, now.Year, first + i),
                new InvoiceBuyer(customer.LegalName, customer.Address, customer.VatNumber), vat.Of(customer), now, PaymentTerm);
        }

        await credits.PayAsync(drafts, now, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Drafts an invoice of <paramref name="lines"/> (each one unit at its amount), saves it, and finalizes it: the
    /// database refuses lines added in the same insert as a finalized invoice.
    /// </summary>
    public async Task<Invoice> IssueAsync(Guid organizationId, string currency,
        IEnumerable<(string Description, Money Amount)> lines, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var invoice = Invoice.Draft(organizationId, currency, time.GetUtcNow());
        foreach (var (description, amount) in lines)
            invoice.AddLine(description, 1m, amount.Amount);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(ct);
        await FinalizeAsync(invoice, ct);
        return invoice;
    }
}
