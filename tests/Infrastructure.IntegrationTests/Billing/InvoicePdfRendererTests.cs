using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Documents;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Infrastructure.Billing.Documents;

namespace CleanPlatform.Infrastructure.IntegrationTests.Billing;

/// <summary>
/// billing.md §11: the PDF of a finalized invoice, read back as text, carries every mention Art. 226 asks for, in the
/// typeface embedded in the assembly, over as many A4 pages as its lines need.
/// </summary>
public sealed class InvoicePdfRendererTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);

    private static readonly BillingSellerOptions Seller = new()
    {
        Country = "DE",
        LegalName = "CleanPlatform GmbH",
        Line1 = "Invalidenstraße 117",
        PostalCode = "10115",
        City = "Berlin",
        VatNumber = "DE123456788",
        Iban = "DE89 3704 0044 0532 0130 00",
        Bic = "COBADEFFXXX",
        BankName = "Commerzbank",
    };

    private readonly InvoicePdfRenderer _renderer = new();

    [Fact]
    public void ReverseChargeToABusiness_CarriesEveryMention()
    {
        var invoice = Finalized(new InvoiceBuyer("Société Exemple SARL",
                new BillingAddress("12 rue de la Paix", "Bâtiment B", "Paris", "75002", "FR"), "FR40303265045"),
            new VatTreatment(VatCase.ReverseCharge, VatRate.ReverseCharge, VatTreatment.ReverseChargeMention),
            ("Pro, monthly, 2026-11-03 to 2026-12-03", 2m, 29.00m), ("API calls over quota", 1500m, 0.0008m));
        invoice.RecordPayment(new Money(10m, "EUR"), Issued.AddDays(1));

        var text = PdfText.Of(Render(invoice));

        text.Should().ContainAll("Invoice", "INV-2026-000042", "Issue date 2026-11-03", "Due date 2026-11-17",
            "CleanPlatform GmbH", "Invalidenstraße 117", "10115 Berlin", "VAT ID: DE123456788",
            "Société Exemple SARL", "12 rue de la Paix", "Bâtiment B", "75002 Paris", "FR", "VAT ID: FR40303265045",
            "Pro, monthly, 2026-11-03 to 2026-12-03", "API calls over quota", "1,500", "0.0008", "1.20",
            "AE 59.20 0 % 0.00", "Reverse charge", "Total 59.20 EUR", "Amount paid 10.00 EUR",
            "Amount remaining 49.20 EUR", "Pay by bank transfer within 14 days, reference INV-2026-000042.",
            "IBAN: DE89 3704 0044 0532 0130 00", "BIC: COBADEFFXXX", "Bank: Commerzbank");
    }

    [Fact]
    public void DomesticConsumer_ShowsTheRateAndItsVat()
    {
        var invoice = Finalized(new InvoiceBuyer("Erika Mustermann",
                new BillingAddress("Hauptstraße 1", null, "Berlin", "10115", "DE"), null),
            new VatTreatment(VatCase.DomesticConsumer, VatRate.Standard(19m), null),
            ("Pro, monthly, 2026-11-03 to 2026-12-03", 1m, 29.00m));

        var text = PdfText.Of(Render(invoice));

        text.Should().ContainAll("INV-2026-000042", "Erika Mustermann", "Hauptstraße 1", "Pro, monthly", "29.00",
            "S 29.00 19 % 5.51", "Total excl. VAT 29.00 EUR", "VAT 5.51 EUR", "Total 34.51 EUR",
            "Amount paid 0.00 EUR", "Amount remaining 34.51 EUR", "IBAN: DE89 3704 0044 0532 0130 00");
        text.Should().NotContain("Reverse charge").And.NotContain("VAT ID: DE123456788 VAT ID");
    }

    [Fact]
    public void PaidInFullBeforeItIsRendered_AsByPrepaidCredits_AsksForNoTransfer()
    {
        var invoice = Finalized(new InvoiceBuyer("Erika Mustermann",
                new BillingAddress("Hauptstraße 1", null, "Berlin", "10115", "DE"), null),
            new VatTreatment(VatCase.DomesticConsumer, VatRate.Standard(19m), null),
            ("Pro, monthly, 2026-11-03 to 2026-12-03", 1m, 29.00m));
        invoice.RecordPayment(new Money(34.51m, "EUR"), Issued);

        var text = PdfText.Of(Render(invoice));

        text.Should().ContainAll("Total 34.51 EUR", "Amount paid 34.51 EUR", "Amount remaining 0.00 EUR",
            "Nothing is due: the invoice is paid.");
        text.Should().NotContain("Pay by bank transfer");
    }

    [Fact]
    public void TwoHundredLines_RunOntoSeveralPages_EachWithTheTableHeadingAndPageNumber()
    {
        var lines = Enumerable.Range(1, Invoice.MaxLines).Select(i => ($"API calls, day {i}", 1m, 1.00m)).ToArray();
        var invoice = Finalized(new InvoiceBuyer("Erika Mustermann",
                new BillingAddress("Hauptstraße 1", null, "Berlin", "10115", "DE"), null),
            new VatTreatment(VatCase.DomesticConsumer, VatRate.Standard(19m), null), lines);

        var pages = PdfText.Pages(Render(invoice));

        pages.Should().HaveCountGreaterThan(2);
        pages.Should().OnlyContain(page => page.Contains("Unit price excl. VAT", StringComparison.Ordinal)
            || page.Contains("Amount remaining", StringComparison.Ordinal));
        pages[^1].Should().Contain("Total 238.00 EUR").And.Contain($"Page {pages.Count} of {pages.Count}");
        string.Join(' ', pages).Should().Contain("API calls, day 1 ").And.Contain("API calls, day 200 ");
    }

    [Fact]
    public void TheSameDocument_RendersTheSameText()
    {
        var invoice = Finalized(new InvoiceBuyer("Erika Mustermann",
                new BillingAddress("Hauptstraße 1", null, "Berlin", "10115", "DE"), null),
            new VatTreatment(VatCase.DomesticConsumer, VatRate.Standard(19m), null), ("Pro", 1m, 29m));

        PdfText.Of(Render(invoice)).Should().Be(PdfText.Of(Render(invoice)));
    }

    [Fact]
    public void AnInvoiceInAnotherCurrencyThanTheSellers_IsRefused_ForWantOfAnExchangeRate()
    {
        var invoice = Invoice.Draft(Guid.NewGuid(), "USD", Issued);
        invoice.AddLine("Pro", 1m, 32m);
        invoice.Finalize(new InvoiceNumber(InvoiceNumber.Invoices, 2026, 42), new InvoiceBuyer("Erika Mustermann",
                new BillingAddress("Hauptstraße 1", null, "Berlin", "10115", "DE"), null),
            new VatTreatment(VatCase.DomesticConsumer, VatRate.Standard(19m), null), Issued, TimeSpan.FromDays(14));

        var render = () => InvoiceDocument.Of(invoice, Seller);

        render.Should().Throw<Application.Common.Exceptions.ConflictException>()
            .Which.Code.Should().Be(InvoicePdfs.NotRenderable);
    }

    private byte[] Render(Invoice invoice) => _renderer.Render(InvoiceDocument.Of(invoice, Seller));

    private static Invoice Finalized(InvoiceBuyer buyer, VatTreatment vat,
        params (string Description, decimal Quantity, decimal UnitPrice)[] lines)
    {
        var invoice = Invoice.Draft(Guid.NewGuid(), "EUR", Issued.AddDays(-1));
        foreach (var (description, quantity, unitPrice) in lines)
            invoice.AddLine(description, quantity, unitPrice);
        invoice.Finalize(new InvoiceNumber(InvoiceNumber.Invoices, 2026, 42), buyer, vat, Issued, TimeSpan.FromDays(14));
        return invoice;
    }
}
