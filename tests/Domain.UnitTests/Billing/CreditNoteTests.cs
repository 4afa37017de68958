using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>billing.md §1–§2, §15: credit notes, their VAT, their numbering and how they settle against the invoice.</summary>
public sealed class CreditNoteTests
{
    private static readonly DateTimeOffset Issued = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Issued.AddDays(3);
    private static readonly InvoiceNumber Cn1 = new(InvoiceNumber.CreditNotes, 2026, 1);
    private static readonly InvoiceBuyer Buyer = new("Acme GmbH", new BillingAddress("Hauptstraße 1", null, "Berlin", "10115", "DE"), null);
    private static readonly VatTreatment GermanConsumer = VatTreatment.For("DE", new VatCustomer("DE", "10115", false, false), Issued);

    private static InvoiceNumber Cn(long sequence) => new(InvoiceNumber.CreditNotes, 2026, sequence);

    private static Money Eur(decimal amount) => new(amount, "EUR");

    private static Invoice Open(params (string Description, decimal Quantity, decimal UnitPrice)[] lines)
    {
        var invoice = Invoice.Draft(Guid.NewGuid(), "EUR", Issued);
        foreach (var (description, quantity, unitPrice) in lines.Length == 0 ? [("Pro, June 2026", 1m, 29.00m)] : lines)
            invoice.AddLine(description, quantity, unitPrice);
        invoice.Finalize(new InvoiceNumber(InvoiceNumber.Invoices, 2026, 7), Buyer, GermanConsumer, Issued, TimeSpan.FromDays(14));
        return invoice;
    }

    private static Invoice Paid()
    {
        var invoice = Open();
        invoice.RecordPayment(Eur(invoice.Total), Issued.AddDays(1));
        return invoice;
    }

    [Fact]
    public void OfGross_Vector16_10GrossAt19Percent_Is8_40Plus1_60_AllToRefundOnAPaidInvoice()
    {
        var invoice = Paid();

        var note = CreditNote.OfGross(invoice, Cn1, Eur(10.00m), "Outage on 3 June", Now);

        note.Should().BeEquivalentTo(new
        {
            Number = "CN-2026-000001",
            Kind = CreditNoteKind.Gross,
            LineTotal = 8.40m,
            TaxTotal = 1.60m,
            Total = 10.00m,
            RequestedGross = (decimal?)10.00m,
            AppliedToInvoice = 0m,
            RefundDue = 10.00m,
            InvoiceNumber = "INV-2026-000007",
            InvoiceIssuedAt = Issued,
            VatRate = 19m,
        });
        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Paid, AmountCredited = 10.00m, AmountDue = 0m });
    }

    [Fact]
    public void OfGross_13At19Percent_Credits12_99_AndKeepsTheGrossAskedFor()
    {
        // §15: the document's net + VAT is authoritative: 10.92 + 2.07 = 12.99.
        var invoice = Paid();

        var note = CreditNote.OfGross(invoice, Cn1, Eur(13.00m), "Goodwill", Now);

        note.Should().BeEquivalentTo(new { LineTotal = 10.92m, TaxTotal = 2.07m, Total = 12.99m, RequestedGross = (decimal?)13.00m, RefundDue = 12.99m });
    }

    [Fact]
    public void Full_OfAnUnpaidInvoice_CopiesEveryLine_AndVoidsIt()
    {
        var invoice = Open(("Pro, June 2026", 1m, 29.00m), ("Extra seats", 3m, 4.50m));

        var note = CreditNote.Full(invoice, Cn1, "Cancelled order", Now);

        note.Lines.Select(l => (l.Description, l.Quantity, l.UnitPrice, l.Net)).Should().Equal(
            ("Pro, June 2026", 1m, 29.00m, 29.00m), ("Extra seats", 3m, 4.50m, 13.50m));
        note.Should().BeEquivalentTo(new { invoice.LineTotal, invoice.TaxTotal, invoice.Total, AppliedToInvoice = invoice.Total, RefundDue = 0m });
        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Void, Number = "INV-2026-000007", AmountDue = 0m, ClosedAt = (DateTimeOffset?)Now });
        note.DomainEvents.Should().ContainSingle().Which.Should().Be(new CreditNoteIssued(invoice.OrganizationId, note.Id, invoice.Id));
    }

    [Fact]
    public void Full_OfAnUncollectibleInvoice_VoidsIt()
    {
        var invoice = Open();
        invoice.MarkUncollectible(Now);

        CreditNote.Full(invoice, Cn1, "Written off, cancelled", Now);

        invoice.Status.Should().Be(InvoiceStatus.Void);
    }

    [Fact]
    public void Full_OfAPartlyPaidInvoice_SettlesWhatWasDue_RefundsThePayment_AndPaysIt()
    {
        var invoice = Open();
        invoice.RecordPayment(Eur(20.00m), Now);

        var note = CreditNote.Full(invoice, Cn1, "Cancelled order", Now);

        note.Should().BeEquivalentTo(new { Total = 34.51m, AppliedToInvoice = 14.51m, RefundDue = 20.00m });
        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Paid, AmountDue = 0m, AmountCredited = 34.51m });
    }

    [Fact]
    public void OfLines_ReducesWhatIsDue_TaxingTheLinesOnceAtTheInvoicesRate()
    {
        // billing.md #6 on a credit note: three lines of 33.34, 33.34, 33.33 at 19 % bear 19.00, not 18.99.
        var invoice = Open(("Pro, one year", 1m, 290.00m));

        var note = CreditNote.OfLines(invoice, Cn1, [("a", Eur(33.34m)), ("b", Eur(33.34m)), ("c", Eur(33.33m))], "Three months unused", Now);

        note.Should().BeEquivalentTo(new { LineTotal = 100.01m, TaxTotal = 19.00m, Total = 119.01m, AppliedToInvoice = 119.01m, RefundDue = 0m });
        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Open, AmountCredited = 119.01m, AmountDue = 345.10m - 119.01m });
    }

    [Fact]
    public void OfLines_CreditingWhatIsLeftDue_PaysAPartlyPaidInvoice()
    {
        var invoice = Open(("Pro", 1m, 100.00m));
        invoice.RecordPayment(Eur(100.00m), Now);

        var note = CreditNote.OfLines(invoice, Cn1, [("Discount", Eur(16.00m))], "Agreed discount", Now);

        note.Should().BeEquivalentTo(new { Total = 19.04m, AppliedToInvoice = 19.00m, RefundDue = 0.04m });
        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Paid, AmountDue = 0m });
    }

    [Fact]
    public void Credit_MoreThanTheInvoice_IsRefused_AndChangesNothing()
    {
        var invoice = Open();
        CreditNote.OfGross(invoice, Cn1, Eur(30.00m), "First", Now);

        var again = () => CreditNote.OfGross(invoice, Cn(2), Eur(4.52m), "Second", Now);
        var full = () => CreditNote.Full(invoice, Cn(2), "Whole", Now);

        again.Should().Throw<DomainException>().Which.Code.Should().Be("credit_note.exceeds_invoice");
        full.Should().Throw<DomainException>().Which.Code.Should().Be("credit_note.exceeds_invoice");
        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Open, AmountCredited = 30.00m, AmountDue = 4.51m });
    }

    [Fact]
    public void Credit_TheRestExactly_OfAnUnpaidInvoice_VoidsIt()
    {
        var invoice = Open();
        CreditNote.OfGross(invoice, Cn1, Eur(30.00m), "First", Now);

        CreditNote.OfGross(invoice, Cn(2), Eur(4.51m), "Second", Now);

        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Void, AmountCredited = 34.51m });
    }

    [Fact]
    public void Credit_ADraftOrAVoidInvoice_IsRefused()
    {
        var draft = Invoice.Draft(Guid.NewGuid(), "EUR", Issued);
        draft.AddLine("Pro", 1m, 29m);
        var voided = Open();
        voided.Void(Now);

        var ofDraft = () => CreditNote.OfLines(draft, Cn1, [("Pro", Eur(1m))], "Why", Now);
        var ofVoid = () => CreditNote.Full(voided, Cn1, "Why", Now);

        ofDraft.Should().Throw<DomainException>().Which.Code.Should().Be("credit_note.invoice_not_creditable");
        ofVoid.Should().Throw<DomainException>().Which.Code.Should().Be("credit_note.invoice_not_creditable");
    }

    [Fact]
    public void OfLines_BadLines_AreRefused()
    {
        var invoice = Open();

        var none = () => CreditNote.OfLines(invoice, Cn1, [], "Why", Now);
        var zero = () => CreditNote.OfLines(invoice, Cn1, [("Pro", Eur(0m))], "Why", Now);
        var dollars = () => CreditNote.OfLines(invoice, Cn1, [("Pro", new Money(1m, "USD"))], "Why", Now);
        var noReason = () => CreditNote.OfLines(invoice, Cn1, [("Pro", Eur(1m))], " ", Now);

        none.Should().Throw<DomainException>().Which.Code.Should().Be("credit_note.empty");
        zero.Should().Throw<DomainException>().Which.Code.Should().Be("credit_note.line_invalid");
        dollars.Should().Throw<DomainException>().Which.Code.Should().Be("credit_note.line_invalid");
        noReason.Should().Throw<DomainException>().Which.Code.Should().Be("credit_note.reason_invalid");
        invoice.AmountCredited.Should().Be(0m);
    }

    [Property(MaxTest = 300)]
    public Property Credit_AnySequence_NeverTotalsMoreThanTheInvoice_NorLeavesLessThan0Due() =>
        Prop.ForAll(Requests.ToArbitrary(), requests =>
        {
            var invoice = Open(("Pro", 1m, 99.00m), ("Seats", 2m, 10.005m));
            if (requests.PaidFirst)
                invoice.RecordPayment(Eur(invoice.Total), Issued);
            var notes = new List<CreditNote>();
            var sequence = 0;
            foreach (var (gross, amount) in requests.Notes)
            {
                try
                {
                    var number = Cn(++sequence);
                    notes.Add(gross
                        ? CreditNote.OfGross(invoice, number, Eur(amount), "Refund", Now)
                        : CreditNote.OfLines(invoice, number, [("Credit", Eur(amount))], "Credit", Now));
                }
                catch (DomainException ex) when (ex.Code is "credit_note.exceeds_invoice" or "credit_note.invoice_not_creditable")
                {
                }
            }

            var credited = notes.Sum(n => n.Total);
            return credited <= invoice.Total && credited == invoice.AmountCredited && invoice.AmountDue >= 0m
                && notes.All(n => n.AppliedToInvoice + n.RefundDue == n.Total && n.AppliedToInvoice >= 0m && n.RefundDue >= 0m)
                && (requests.PaidFirst ? notes.Sum(n => n.RefundDue) == credited : notes.All(n => n.RefundDue == 0m));
        });

    private static Gen<(bool PaidFirst, (bool Gross, decimal Amount)[] Notes)> Requests =>
        from paid in Gen.Elements(true, false)
        from notes in Gen.ArrayOf(
            from gross in Gen.Elements(true, false)
            from cents in Gen.Choose(1, 6000)
            select (gross, cents / 100m))
        select (paid, notes);
}
