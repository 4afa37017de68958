using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Domain.Billing.CreditNotes;

/// <summary>
/// A credit note (billing.md §2): the one way to correct a finalized invoice. It is issued final, numbered in the
/// <c>CN</c> series, cites the invoice's number and issue date, and bears the invoice's frozen VAT on its own lines,
/// taxed once per rate (§1). Its total first reduces what the invoice still has due (<see cref="AppliedToInvoice"/>);
/// the rest, of an invoice already paid, is to be refunded out of band (<see cref="RefundDue"/>). The credit notes of an
/// invoice never total more than the invoice. Nothing of it changes once issued (the database refuses it).
/// </summary>
public sealed class CreditNote : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>The most lines a credit note holds, as many as an invoice.</summary>
    public const int MaxLines = Invoice.MaxLines;

    public const int ReasonMaxLength = 500;

    /// <summary>The most credit notes one invoice takes: corrections, not a running account.</summary>
    public const int MaxPerInvoice = 100;

    private readonly List<CreditNoteLine> _lines = [];

    private CreditNote() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary><c>CN-2026-000001</c>: gapless per year.</summary>
    public string Number { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    public CreditNoteKind Kind { get; private set; }

    /// <summary>Why the invoice is corrected, as the operator wrote it.</summary>
    public string Reason { get; private set; } = "";

    public Guid InvoiceId { get; private set; }

    /// <summary>The number of the invoice corrected, which the credit note cites.</summary>
    public string InvoiceNumber { get; private set; } = "";

    /// <summary>The issue date of the invoice corrected, which the credit note cites.</summary>
    public DateTimeOffset InvoiceIssuedAt { get; private set; }

    public string Currency { get; private set; } = "";

    /// <summary>The invoice's VAT category, as frozen at its finalization.</summary>
    public VatCategory VatCategory { get; private set; }

    /// <summary>The invoice's rate in percent (19 means 19 %).</summary>
    public decimal VatRate { get; private set; }

    /// <summary>What the invoice had to say about its VAT ("Reverse charge", …), if anything.</summary>
    public string? VatMention { get; private set; }

    public decimal LineTotal { get; private set; }

    public decimal TaxTotal { get; private set; }

    /// <summary>Lines and VAT: what is credited.</summary>
    public decimal Total { get; private set; }

    /// <summary>For a <see cref="CreditNoteKind.Gross"/> credit note, the gross amount asked for; the total may differ by a cent (§15).</summary>
    public decimal? RequestedGross { get; private set; }

    /// <summary>The part of the total that reduced what the invoice had due.</summary>
    public decimal AppliedToInvoice { get; private set; }

    /// <summary>The part of the total already paid, to be refunded to the buyer out of band (by bank transfer).</summary>
    public decimal RefundDue { get; private set; }

    /// <summary>The part of the total already paid by prepaid credits, given back to them instead of refunded (§15).</summary>
    public decimal RestoredToCredits { get; private set; }

    public IReadOnlyList<CreditNoteLine> Lines => _lines;

    /// <summary>Credits the whole invoice: every line of it. An unpaid open or uncollectible invoice becomes void.</summary>
    /// <exception cref="DomainException">See <see cref="Invoice.Credit"/>.</exception>
    public static CreditNote Full(Invoice invoice, InvoiceNumber number, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return Issue(invoice, number, CreditNoteKind.Full, reason, null, now,
            invoice.Lines.OrderBy(l => l.Position).Select(l => (l.Description, l.Quantity, l.UnitPrice)));
    }

    /// <summary>Credits some amounts (net, VAT excluded), each a line of its own.</summary>
    /// <exception cref="DomainException">
    /// <c>credit_note.empty</c>, <c>credit_note.too_many_lines</c>, <c>credit_note.line_invalid</c> (no description, an
    /// amount of 0 or less or in another currency); the rest as <see cref="Invoice.Credit"/>.
    /// </exception>
    public static CreditNote OfLines(Invoice invoice, InvoiceNumber number, IEnumerable<(string Description, Money Amount)> lines,
        string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines.ToList();
        if (list.Count == 0)
            throw new DomainException("credit_note.empty", "A credit note needs at least one line.");
        if (list.Any(l => l.Amount is null || l.Amount.Currency != invoice.Currency || l.Amount.Amount <= 0m))
            throw new DomainException("credit_note.line_invalid",
                $"Each line of a credit note credits an amount above 0 in the invoice's {invoice.Currency}.");
        return Issue(invoice, number, CreditNoteKind.Lines, reason, null, now,
            list.Select(l => (l.Description, 1m, l.Amount.Amount)));
    }

    /// <summary>
    /// A partial refund of <paramref name="gross"/> (VAT included), split at the invoice's rate by <see cref="GrossSplit"/>
    /// (§1): net = round(G × 100 / (100 + r)), VAT = round(net × r / 100). The credit note's net + VAT is what is credited.
    /// </summary>
    /// <exception cref="DomainException"><c>credit_note.amount_invalid</c>; the rest as <see cref="Invoice.Credit"/>.</exception>
    public static CreditNote OfGross(Invoice invoice, InvoiceNumber number, Money gross, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(gross);
        invoice.RequireCreditable();
        if (gross.Currency != invoice.Currency || gross.Amount <= 0m)
            throw new DomainException("credit_note.amount_invalid",
                $"A refund of this invoice is in {invoice.Currency} and above 0.");
        var split = GrossSplit.Of(gross, RateOf(invoice));
        var note = Issue(invoice, number, CreditNoteKind.Gross, reason, gross.Amount, now,
            [($"Partial refund of {invoice.Number}", 1m, split.Net.Amount)]);
        return note;
    }

    private static CreditNote Issue(Invoice invoice, InvoiceNumber number, CreditNoteKind kind, string reason,
        decimal? requestedGross, DateTimeOffset now, IEnumerable<(string Description, decimal Quantity, decimal UnitPrice)> lines)
    {
        ArgumentNullException.ThrowIfNull(number);
        invoice.RequireCreditable();
        if (number.Series != Invoicing.InvoiceNumber.CreditNotes)
            throw new ArgumentException($"A credit note is numbered in the {Invoicing.InvoiceNumber.CreditNotes} series.", nameof(number));
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > ReasonMaxLength)
            throw new DomainException("credit_note.reason_invalid", $"A credit note needs a reason of 1 to {ReasonMaxLength} characters.");
        var vat = RateOf(invoice);
        var note = new CreditNote
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = invoice.OrganizationId,
            Number = number.ToString(),
            IssuedAt = now,
            Kind = kind,
            Reason = text,
            InvoiceId = invoice.Id,
            InvoiceNumber = invoice.Number ?? "",
            InvoiceIssuedAt = invoice.IssuedAt ?? now,
            Currency = invoice.Currency,
            VatCategory = vat.Category,
            VatRate = vat.Percent.Value,
            VatMention = invoice.VatMention,
            RequestedGross = requestedGross,
            CreatedAt = now,
        };
        foreach (var (description, quantity, unitPrice) in lines)
            note.AddLine(description, quantity, unitPrice);
        if (note._lines.Count == 0)
            throw new DomainException("credit_note.empty", "A credit note needs at least one line.");

        var totals = InvoiceTotals.Of(note.Currency,
            note._lines.Select(l => new TaxableLine(new Money(l.Net, note.Currency), vat)));
        note.LineTotal = totals.LineTotal.Amount;
        note.TaxTotal = totals.TaxTotal.Amount;
        note.Total = totals.Total.Amount;
        var applied = invoice.Credit(totals.Total, now);
        note.AppliedToInvoice = applied.Amount;
        note.RefundDue = note.Total - applied.Amount;
        note.Raise(new CreditNoteIssued(note.OrganizationId, note.Id, invoice.Id));
        return note;
    }

    /// <summary>
    /// Records that <paramref name="restored"/> of what is to be refunded went back to the prepaid credits that paid the
    /// invoice: it is no longer refunded. Called before the credit note is saved; it is final from then on.
    /// </summary>
    /// <exception cref="DomainException"><c>credit_note.restore_invalid</c> for less than 0 or more than the refund due.</exception>
    public void RestoreToCredits(Money restored)
    {
        ArgumentNullException.ThrowIfNull(restored);
        if (restored.Currency != Currency || restored.Amount < 0m || restored.Amount > RefundDue)
            throw new DomainException("credit_note.restore_invalid",
                $"At most the {RefundDue} {Currency} to refund goes back to credits.");
        RefundDue -= restored.Amount;
        RestoredToCredits += restored.Amount;
    }

    private void AddLine(string description, decimal quantity, decimal unitPrice)
    {
        if (_lines.Count >= MaxLines)
            throw new DomainException("credit_note.too_many_lines", $"A credit note holds at most {MaxLines} lines.");
        var text = description?.Trim() ?? "";
        if (text.Length is 0 or > InvoiceLine.DescriptionMaxLength || quantity <= 0m
            || decimal.Round(unitPrice, InvoiceLine.UnitPriceDecimals) != unitPrice)
            throw new DomainException("credit_note.line_invalid",
                $"A line needs a description of 1 to {InvoiceLine.DescriptionMaxLength} characters, a positive quantity and a unit price of at most {InvoiceLine.UnitPriceDecimals} decimals.");
        _lines.Add(new CreditNoteLine(_lines.Count + 1, text, quantity, unitPrice,
            TaxableLine.NetOf(quantity, unitPrice, Currency).Amount));
    }

    private static VatRate RateOf(Invoice invoice) =>
        new(invoice.VatCategory ?? VatCategory.Standard, new Percentage(invoice.VatRate ?? 0m));
}
