using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Events;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;
using static CleanPlatform.Domain.UnitTests.Billing.InvoiceTotalsTests;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>billing.md §1–§2: an invoice's lifecycle, its totals and what freezes at finalization.</summary>
public sealed class InvoiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly InvoiceNumber First = new(InvoiceNumber.Invoices, 2026, 1);
    private static readonly InvoiceBuyer Buyer = new("Acme GmbH", new BillingAddress("Hauptstraße 1", null, "Berlin", "10115", "DE"), null);
    private static readonly VatTreatment GermanConsumer = VatTreatment.For("DE", new VatCustomer("DE", "10115", false, false), Now);

    private static Invoice Draft(params (string Description, decimal Quantity, decimal UnitPrice)[] lines)
    {
        var invoice = Invoice.Draft(Guid.NewGuid(), "EUR", Now);
        foreach (var (description, quantity, unitPrice) in lines)
            invoice.AddLine(description, quantity, unitPrice);
        return invoice;
    }

    [Fact]
    public void Finalize_Vector7_GermanConsumer_29At19Percent_Is5_51VatAnd34_51()
    {
        var invoice = Draft(("Pro, June 2026", 1m, 29.00m));

        invoice.Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.FromDays(14));

        invoice.Should().BeEquivalentTo(new
        {
            Number = "INV-2026-000001",
            Status = InvoiceStatus.Open,
            LineTotal = 29.00m,
            TaxTotal = 5.51m,
            Total = 34.51m,
            AmountDue = 34.51m,
            IssuedAt = (DateTimeOffset?)Now,
            DueAt = (DateTimeOffset?)Now.AddDays(14),
            VatCase = (VatCase?)VatCase.DomesticConsumer,
        });
        invoice.Should().BeEquivalentTo(new { VatRate = (decimal?)19m, VatCategory = (VatCategory?)VatCategory.Standard, BuyerName = "Acme GmbH", BuyerCountry = "DE" });
        invoice.Lines.Should().ContainSingle().Which.Net.Should().Be(29.00m);
    }

    [Fact]
    public void Finalize_TaxesOncePerRate_NotPerLine()
    {
        // billing.md #6: three lines of 33.34 at 19 % bear 19.00, where per-line VAT would give 18.99.
        var invoice = Draft(("a", 1m, 33.34m), ("b", 1m, 33.34m), ("c", 1m, 33.33m));

        invoice.Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.FromDays(14));

        invoice.TaxTotal.Should().Be(19.00m);
    }

    [Fact]
    public void Finalize_AZeroTotal_IsNumberedAndPaidAtOnce()
    {
        var invoice = Draft(("Free, June 2026", 1m, 0m));

        invoice.Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.FromDays(14));

        invoice.Should().BeEquivalentTo(new { Number = "INV-2026-000001", Status = InvoiceStatus.Paid, Total = 0m, PaidAt = (DateTimeOffset?)Now });
    }

    [Fact]
    public void Remind_SendsEachReminderOnce_AndOnlyForAnOpenInvoice()
    {
        var invoice = Draft(("Pro, June 2026", 1m, 29.00m));
        invoice.Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.FromDays(14));
        invoice.ClearDomainEvents();

        var first = invoice.Remind(1);
        var again = invoice.Remind(1);
        var second = invoice.Remind(2);
        invoice.MarkUncollectible(Now.AddDays(28));
        var afterWriteOff = () => invoice.Remind(3);

        (first, again, second).Should().Be((true, false, true));
        invoice.RemindersSent.Should().Be(2);
        invoice.DomainEvents.OfType<InvoicePaymentReminded>().Select(e => e.Reminder).Should().Equal(1, 2);
        afterWriteOff.Should().Throw<DomainException>().Which.Code.Should().Be("invoice.not_open");
    }

    [Fact]
    public void InvoicePaid_IsRaisedWhenNothingIsLeftToPay_AtFinalizationForAZeroTotal()
    {
        var zero = Draft(("Pro, trial", 1m, 0.00m));
        var due = Draft(("Pro, June 2026", 1m, 29.00m));

        zero.Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.FromDays(14));
        due.Finalize(new InvoiceNumber(InvoiceNumber.Invoices, 2026, 2), Buyer, GermanConsumer, Now, TimeSpan.FromDays(14));
        due.RecordPayment(Eur("30.00"), Now);
        var paidBefore = due.DomainEvents.OfType<InvoicePaid>().Count();
        due.RecordPayment(Eur("4.51"), Now);

        zero.DomainEvents.Should().Equal(new InvoiceFinalized(zero.OrganizationId, zero.Id), new InvoicePaid(zero.OrganizationId, zero.Id));
        paidBefore.Should().Be(0, "a part payment leaves something to pay");
        due.DomainEvents.OfType<InvoicePaid>().Should().ContainSingle().Which.Should().Be(new InvoicePaid(due.OrganizationId, due.Id));
    }

    [Fact]
    public void Finalize_RaisesInvoiceFinalized_ADraftRaisesNothing()
    {
        var invoice = Draft(("Pro, June 2026", 1m, 29.00m));
        var before = invoice.DomainEvents.Count;

        invoice.Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.FromDays(14));

        before.Should().Be(0);
        invoice.DomainEvents.Should().ContainSingle().Which.Should()
            .Be(new InvoiceFinalized(invoice.OrganizationId, invoice.Id));
    }

    [Fact]
    public void Finalized_ContentIsFrozen()
    {
        var invoice = Draft(("Pro", 1m, 29m));
        invoice.Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.FromDays(14));

        var addLine = () => invoice.AddLine("More", 1m, 1m);
        var again = () => invoice.Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.FromDays(14));

        addLine.Should().Throw<DomainException>().Which.Code.Should().Be("invoice.not_draft");
        again.Should().Throw<DomainException>().Which.Code.Should().Be("invoice.not_draft");
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("x", 0, 1)]
    [InlineData("x", 1, 0.0000001)]
    public void AddLine_RefusesWhatIsNotALine(string description, decimal quantity, decimal unitPrice)
    {
        var add = () => Draft().AddLine(description, quantity, unitPrice);

        add.Should().Throw<DomainException>().Which.Code.Should().Be("invoice.line_invalid");
    }

    [Fact]
    public void Finalize_WithoutLines_OrBelowZero_IsRefused()
    {
        var empty = () => Draft().Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.Zero);
        var negative = () => Draft(("Credit", 1m, -5m)).Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.Zero);

        empty.Should().Throw<DomainException>().Which.Code.Should().Be("invoice.empty");
        negative.Should().Throw<DomainException>().Which.Code.Should().Be("invoice.negative_total");
    }

    [Fact]
    public void RecordPayment_OfWhatIsDue_PaysIt_EvenAfterItWasWrittenOff()
    {
        var invoice = Draft(("Pro", 1m, 29m));
        invoice.Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.FromDays(14));
        invoice.MarkUncollectible(Now);

        invoice.RecordPayment(Eur("30.00"), Now);
        invoice.Status.Should().Be(InvoiceStatus.Uncollectible);
        invoice.RecordPayment(Eur("4.51"), Now);

        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Paid, AmountDue = 0m, AmountPaid = 34.51m });
        var overpay = () => invoice.RecordPayment(Eur("1.00"), Now);
        overpay.Should().Throw<DomainException>().Which.Code.Should().Be("invoice.not_payable");
    }

    [Fact]
    public void Void_OnlyWhileNothingWasPaid()
    {
        var invoice = Draft(("Pro", 1m, 29m));
        invoice.Finalize(First, Buyer, GermanConsumer, Now, TimeSpan.FromDays(14));
        invoice.RecordPayment(Eur("1.00"), Now);

        var voiding = () => invoice.Void(Now);

        voiding.Should().Throw<DomainException>().Which.Code.Should().Be("invoice.not_voidable");
        Draft(("Pro", 1m, 29m)).Invoking(d => d.Void(Now)).Should().Throw<DomainException>();
    }

    [Fact]
    public void Number_IsSeriesYearAndSixDigits() =>
        new InvoiceNumber(InvoiceNumber.Invoices, 2027, 123).ToString().Should().Be("INV-2027-000123");
}
