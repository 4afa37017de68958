using System.Linq.Expressions;
using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Domain.Billing.Invoicing;

/// <summary>
/// An invoice to an organization (billing.md §1, §2). A draft takes lines; finalizing numbers it, freezes its buyer
/// and content, and taxes its lines by the one treatment in force then; a zero total is paid at once. Settling it
/// raises <see cref="InvoicePaid"/>. After that only
/// its status and what was paid change (the database refuses anything else), and corrections are credit notes.
/// </summary>
public sealed class Invoice : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>The most lines an invoice holds.</summary>
    public const int MaxLines = 200;

    private readonly List<InvoiceLine> _lines = [];

    private Invoice() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public string Currency { get; private set; } = "";

    public InvoiceStatus Status { get; private set; }

    /// <summary><c>INV-2026-000123</c> once finalized; null for a draft.</summary>
    public string? Number { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>The buyer's legal name at finalization; the buyer's fields stay as they were then.</summary>
    public string? BuyerName { get; private set; }

    public string? BuyerLine1 { get; private set; }

    public string? BuyerLine2 { get; private set; }

    public string? BuyerCity { get; private set; }

    public string? BuyerPostalCode { get; private set; }

    public string? BuyerCountry { get; private set; }

    public string? BuyerVatNumber { get; private set; }

    public VatCase? VatCase { get; private set; }

    /// <summary>The VAT every line bears, set at finalization: one treatment per invoice.</summary>
    public VatCategory? VatCategory { get; private set; }

    /// <summary>The rate in percent (19 means 19 %) in force at finalization.</summary>
    public decimal? VatRate { get; private set; }

    /// <summary>What the invoice must say about its VAT ("Reverse charge", …), if anything.</summary>
    public string? VatMention { get; private set; }

    public decimal LineTotal { get; private set; }

    public decimal TaxTotal { get; private set; }

    public decimal Total { get; private set; }

    public decimal AmountPaid { get; private set; }

    /// <summary>
    /// The sum of the totals of the credit notes issued against the invoice (billing.md §2): never more than
    /// <see cref="Total"/>. It still changes after finalization, as <see cref="AmountPaid"/> does.
    /// </summary>
    public decimal AmountCredited { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>When it was voided or written off as uncollectible.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>How many reminders of an overdue invoice were sent (billing.md §9).</summary>
    public int RemindersSent { get; private set; }

    public IReadOnlyList<InvoiceLine> Lines => _lines;

    /// <summary>What is still to pay: the total less payments and credit notes, never below 0 (billing.md §1).</summary>
    public decimal AmountDue => Math.Max(0m, Total - AmountPaid - AmountCredited);

    /// <summary>What credit notes may still take: the total less what was credited already.</summary>
    public decimal AmountCreditable => Total - AmountCredited;

    /// <summary>Invoices still open after their due date, at <paramref name="now"/> (billing.md §9: dunning chases them).</summary>
    public static Expression<Func<Invoice, bool>> OverdueAt(DateTimeOffset now) =>
        i => i.Status == InvoiceStatus.Open && i.DueAt < now;

    /// <exception cref="DomainException"><c>money.unsupported_currency</c>.</exception>
    public static Invoice Draft(Guid organizationId, string currency, DateTimeOffset now)
    {
        Currencies.MinorUnits(currency);
        return new Invoice
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Currency = currency,
            Status = InvoiceStatus.Draft,
            CreatedAt = now,
        };
    }

    /// <exception cref="DomainException">
    /// <c>invoice.not_draft</c>, <c>invoice.too_many_lines</c>, <c>invoice.line_invalid</c> (no description, a quantity
    /// of 0 or less, a unit price with more than 6 decimals).
    /// </exception>
    public void AddLine(string description, decimal quantity, decimal unitPrice)
    {
        RequireDraft();
        if (_lines.Count >= MaxLines)
            throw new DomainException("invoice.too_many_lines", $"An invoice holds at most {MaxLines} lines.");
        var text = description?.Trim() ?? "";
        if (text.Length is 0 or > InvoiceLine.DescriptionMaxLength || quantity <= 0m
            || decimal.Round(unitPrice, InvoiceLine.UnitPriceDecimals) != unitPrice)
            throw new DomainException("invoice.line_invalid",
                $"A line needs a description of 1 to {InvoiceLine.DescriptionMaxLength} characters, a positive quantity and a unit price of at most {InvoiceLine.UnitPriceDecimals} decimals.");
        _lines.Add(new InvoiceLine(_lines.Count + 1, text, quantity, unitPrice,
            Invoicing.TaxableLine.NetOf(quantity, unitPrice, Currency)));
    }

    /// <summary>
    /// Numbers the invoice and freezes it: the buyer as they are now, every line at <paramref name="vat"/>'s rate, the
    /// totals (VAT once per rate). A total of 0 is paid at once; anything else is open and due in <paramref name="dueIn"/>.
    /// Raises <see cref="InvoiceFinalized"/>.
    /// </summary>
    /// <exception cref="DomainException"><c>invoice.not_draft</c>; <c>invoice.empty</c> without lines; <c>invoice.negative_total</c>.</exception>
    public void Finalize(InvoiceNumber number, InvoiceBuyer buyer, VatTreatment vat, DateTimeOffset now, TimeSpan dueIn)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(buyer);
        ArgumentNullException.ThrowIfNull(vat);
        RequireDraft();
        if (_lines.Count == 0)
            throw new DomainException("invoice.empty", "An invoice without lines cannot be finalized.");
        var totals = InvoiceTotals.Of(Currency,
            _lines.Select(line => new TaxableLine(new Money(line.Net, Currency), vat.Rate)));
        if (totals.Total.Amount < 0m)
            throw new DomainException("invoice.negative_total", "An invoice cannot total less than 0: issue a credit note instead.");

        Number = number.ToString();
        IssuedAt = now;
        DueAt = now + dueIn;
        BuyerName = buyer.LegalName;
        (BuyerLine1, BuyerLine2, BuyerCity, BuyerPostalCode, BuyerCountry) =
            (buyer.Address.Line1, buyer.Address.Line2, buyer.Address.City, buyer.Address.PostalCode, buyer.Address.Country);
        BuyerVatNumber = buyer.VatNumber;
        VatCase = vat.Case;
        VatCategory = vat.Rate.Category;
        VatRate = vat.Rate.Percent.Value;
        VatMention = vat.Mention;
        LineTotal = totals.LineTotal.Amount;
        TaxTotal = totals.TaxTotal.Amount;
        Total = totals.Total.Amount;
        Status = InvoiceStatus.Open;
        Raise(new InvoiceFinalized(OrganizationId, Id));
        if (Total == 0m)
            MarkPaid(now);
    }

    /// <summary>Records a payment; the invoice is paid once nothing is due (late payments of uncollectible ones too).</summary>
    /// <exception cref="DomainException"><c>invoice.not_payable</c>; <c>invoice.payment_invalid</c> for 0 or less, or more than is due.</exception>
    public void RecordPayment(Money amount, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (Status is not (InvoiceStatus.Open or InvoiceStatus.Uncollectible))
            throw new DomainException("invoice.not_payable", $"A {Status} invoice takes no payment.");
        if (amount.Currency != Currency || amount.Amount <= 0m || amount.Amount > AmountDue)
            throw new DomainException("invoice.payment_invalid",
                $"A payment of this invoice is in {Currency}, above 0 and at most {AmountDue}.");
        AmountPaid += amount.Amount;
        if (AmountDue == 0m)
            MarkPaid(now);
    }

    /// <summary>
    /// Reminds the buyer of an overdue invoice, once per reminder: nothing happens for a reminder already sent.
    /// Returns whether this one is new.
    /// </summary>
    /// <exception cref="DomainException"><c>invoice.not_open</c>.</exception>
    public bool Remind(int reminder)
    {
        if (Status != InvoiceStatus.Open)
            throw new DomainException("invoice.not_open", $"Only an open invoice is chased, not a {Status} one.");
        if (reminder <= RemindersSent)
            return false;
        RemindersSent = reminder;
        Raise(new InvoicePaymentReminded(OrganizationId, Id, reminder));
        return true;
    }

    /// <exception cref="DomainException"><c>invoice.not_open</c>.</exception>
    public void MarkUncollectible(DateTimeOffset now)
    {
        if (Status != InvoiceStatus.Open)
            throw new DomainException("invoice.not_open", $"Only an open invoice can be written off, not a {Status} one.");
        Status = InvoiceStatus.Uncollectible;
        ClosedAt = now;
    }

    /// <exception cref="DomainException"><c>invoice.not_voidable</c> unless open or uncollectible with nothing paid.</exception>
    public void Void(DateTimeOffset now)
    {
        if (Status is not (InvoiceStatus.Open or InvoiceStatus.Uncollectible) || AmountPaid != 0m)
            throw new DomainException("invoice.not_voidable", "Only an open or uncollectible invoice with nothing paid can be voided.");
        Status = InvoiceStatus.Void;
        ClosedAt = now;
    }

    /// <summary>
    /// Counts a credit note of <paramref name="total"/> against the invoice (billing.md §2): it first reduces what is
    /// due, and returns how much of it did so; the rest (an invoice already paid) is to be refunded. When nothing is left
    /// due an open or uncollectible invoice is paid, or void if it was credited in full with nothing paid (its number is
    /// kept).
    /// </summary>
    /// <exception cref="DomainException">
    /// <c>credit_note.invoice_not_creditable</c> for a draft or void invoice; <c>credit_note.amount_invalid</c> for a
    /// total of 0 or less or in another currency; <c>credit_note.exceeds_invoice</c> when the credit notes would total
    /// more than the invoice.
    /// </exception>
    public Money Credit(Money total, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(total);
        RequireCreditable();
        if (total.Currency != Currency || total.Amount <= 0m)
            throw new DomainException("credit_note.amount_invalid",
                $"A credit note of this invoice is in {Currency} and above 0.");
        if (total.Amount > AmountCreditable)
            throw new DomainException("credit_note.exceeds_invoice",
                $"Credit notes may total at most the invoice's {Total} {Currency}; {AmountCreditable} {Currency} is left to credit.");
        var applied = Math.Min(total.Amount, AmountDue);
        AmountCredited += total.Amount;
        if (Status is InvoiceStatus.Open or InvoiceStatus.Uncollectible && AmountDue == 0m)
        {
            if (AmountPaid == 0m && AmountCredited == Total)
            {
                Void(now);
            }
            else
            {
                MarkPaid(now);
            }
        }

        return new Money(applied, Currency);
    }

    /// <exception cref="DomainException"><c>credit_note.invoice_not_creditable</c> for a draft or void invoice.</exception>
    internal void RequireCreditable()
    {
        if (Status is not (InvoiceStatus.Open or InvoiceStatus.Paid or InvoiceStatus.Uncollectible))
            throw new DomainException("credit_note.invoice_not_creditable",
                $"Only a finalized invoice that is open, paid or uncollectible takes a credit note, not a {Status} one.");
    }

    private void MarkPaid(DateTimeOffset now)
    {
        Status = InvoiceStatus.Paid;
        PaidAt = now;
        Raise(new InvoicePaid(OrganizationId, Id));
    }

    private void RequireDraft()
    {
        if (Status != InvoiceStatus.Draft)
            throw new DomainException("invoice.not_draft", $"The invoice is {Status}: its content is frozen.");
    }
}
