using System.Globalization;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Application.UnitTests.Billing;

public sealed class InvoiceAmountsTests
{
    [Fact]
    public void InvoiceDto_WritesMoneyWithTheCurrencysDecimals_AndQuantitiesWithoutTrailingZeros()
    {
        var now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var invoice = Invoice.Draft(Guid.NewGuid(), "EUR", now);
        // As a database column of scale 4 or 6 gives them back.
        invoice.AddLine("Calls", 2.000000m, 0.000800m);
        invoice.AddLine("Pro", 1.000000m, 29.0000m);
        invoice.Finalize(new InvoiceNumber("INV", 2026, 1), new InvoiceBuyer("A", new BillingAddress("1", null, "B", null, "DE"), null),
            VatTreatment.For("DE", new VatCustomer("DE", null, false, false), now), now, TimeSpan.FromDays(14));

        var dto = InvoiceDto.From(invoice);

        dto.Total.ToString(CultureInfo.InvariantCulture).Should().Be("34.51");
        dto.AmountPaid.ToString(CultureInfo.InvariantCulture).Should().Be("0.00");
        dto.VatRate!.Value.ToString(CultureInfo.InvariantCulture).Should().Be("19");
        dto.Lines.Select(l => (l.Quantity.ToString(CultureInfo.InvariantCulture), l.UnitPrice.ToString(CultureInfo.InvariantCulture),
            l.Net.ToString(CultureInfo.InvariantCulture))).Should().Equal(("2", "0.0008", "0.00"), ("1", "29", "29.00"));
    }
}
