using CleanPlatform.Application.Billing.Invoices.Documents;

namespace CleanPlatform.Infrastructure.Billing.Documents;

/// <summary>
/// The page of a billing document, top to bottom: seller and title, buyer and dates, lines (their heading repeated on
/// each page they run onto), VAT breakdown and mention, totals, then payment.
/// </summary>
internal static class InvoiceLayout
{
    private const double Middle = 330;
    private const double DescriptionX = PageWriter.Left + 22;
    private const double DescriptionWidth = 230;
    private const double QuantityRight = 345;
    private const double UnitPriceRight = 460;
    private const double LabelX = 330;

    public static void Write(PageWriter page, InvoiceDocument document)
    {
        Header(page, document);
        Lines(page, document);
        Vat(page, document);
        Totals(page, document);
        Payment(page, document);
    }

    private static void Header(PageWriter page, InvoiceDocument document)
    {
        var top = page.Y;
        Party(page, document.Seller, PageWriter.Left, null);
        var belowSeller = page.Y;
        page.Y = top;
        page.Text(document.Title, Middle, page.Heading);
        page.Y += 28;
        Field(page, "Number", document.Number);
        Field(page, "Issue date", DocumentText.Date(document.IssueDate));
        if (document.Payment.DueDate is { } due)
            Field(page, "Due date", DocumentText.Date(due));
        if (document.Credits is { } credited)
            Field(page, "Credits invoice", $"{credited.Number} of {DocumentText.Date(credited.IssueDate)}");
        page.Y = Math.Max(page.Y, belowSeller) + PageWriter.LineHeight;
        Party(page, document.Buyer, PageWriter.Left, "Bill to");
        page.Y += PageWriter.LineHeight;
    }

    private static void Party(PageWriter page, DocumentParty party, double x, string? caption)
    {
        if (caption is not null)
            Line(page, caption, x, page.Bold);
        Line(page, party.Name, x, page.Bold);
        foreach (var line in DocumentText.Address(party))
            Line(page, line, x);
        if (party.VatNumber is not null)
            Line(page, $"VAT ID: {party.VatNumber}", x);
    }

    private static void Lines(PageWriter page, InvoiceDocument document)
    {
        page.PageStarted = () => LinesHeading(page, document.Currency);
        page.Reserve(3 * PageWriter.LineHeight);
        LinesHeading(page, document.Currency);
        foreach (var line in document.Lines)
        {
            var description = page.Wrap(line.Description, DescriptionWidth);
            page.Reserve(description.Count * PageWriter.LineHeight);
            page.Text(line.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), PageWriter.Left);
            page.TextRight(DocumentText.Quantity(line.Quantity), QuantityRight);
            page.TextRight(DocumentText.UnitPrice(line.UnitPrice, document.Currency), UnitPriceRight);
            page.TextRight(DocumentText.Amount(line.Net, document.Currency), PageWriter.Right);
            foreach (var text in description)
                Line(page, text, DescriptionX);
        }

        page.PageStarted = null;
        page.Rule();
        page.Y += PageWriter.LineHeight / 2;
    }

    private static void LinesHeading(PageWriter page, string currency)
    {
        page.Text("#", PageWriter.Left, page.Bold);
        page.Text("Description", DescriptionX, page.Bold);
        page.TextRight("Qty", QuantityRight, page.Bold);
        page.TextRight("Unit price excl. VAT", UnitPriceRight, page.Bold);
        page.TextRight($"Net ({currency})", PageWriter.Right, page.Bold);
        page.Y += PageWriter.LineHeight + 2;
        page.Rule();
        page.Y += 3;
    }

    private static void Vat(PageWriter page, InvoiceDocument document)
    {
        page.Reserve((document.VatBreakdown.Count + 3) * PageWriter.LineHeight);
        page.Text("VAT category", PageWriter.Left, page.Bold);
        page.TextRight("Taxable amount", QuantityRight, page.Bold);
        page.TextRight("Rate", UnitPriceRight, page.Bold);
        page.TextRight($"VAT ({document.Currency})", PageWriter.Right, page.Bold);
        page.Y += PageWriter.LineHeight;
        foreach (var row in document.VatBreakdown)
        {
            page.Text(row.CategoryCode, PageWriter.Left);
            page.TextRight(DocumentText.Amount(row.Taxable, document.Currency), QuantityRight);
            page.TextRight(DocumentText.Rate(row.Rate), UnitPriceRight);
            page.TextRight(DocumentText.Amount(row.Vat, document.Currency), PageWriter.Right);
            page.Y += PageWriter.LineHeight;
        }

        if (document.VatMention is { } mention)
        {
            foreach (var text in page.Wrap(mention, PageWriter.Right - PageWriter.Left, page.Bold))
                Line(page, text, PageWriter.Left, page.Bold);
        }

        page.Y += PageWriter.LineHeight / 2;
    }

    private static void Totals(PageWriter page, InvoiceDocument document)
    {
        page.Reserve(6 * PageWriter.LineHeight);
        Amount(page, "Total excl. VAT", document.LineTotal, document.Currency);
        Amount(page, "VAT", document.TaxTotal, document.Currency);
        Amount(page, "Total", document.Total, document.Currency, bold: true);
        Amount(page, "Amount paid", document.AmountPaid, document.Currency);
        Amount(page, "Amount remaining", document.AmountDue, document.Currency, bold: true);
        page.Y += PageWriter.LineHeight;
    }

    private static void Payment(PageWriter page, InvoiceDocument document)
    {
        var terms = page.Wrap(document.Payment.Terms, PageWriter.Right - PageWriter.Left);
        page.Reserve((terms.Count + 4) * PageWriter.LineHeight);
        Line(page, "Payment", PageWriter.Left, page.Bold);
        foreach (var text in terms)
            Line(page, text, PageWriter.Left);
        Line(page, $"IBAN: {DocumentText.Iban(document.Payment.Iban)}", PageWriter.Left);
        Line(page, $"BIC: {document.Payment.Bic}", PageWriter.Left);
        Line(page, $"Bank: {document.Payment.BankName}", PageWriter.Left);
    }

    private static void Field(PageWriter page, string label, string value)
    {
        page.Text(label, Middle, page.Bold);
        page.Text(value, Middle + 85);
        page.Y += PageWriter.LineHeight;
    }

    private static void Amount(PageWriter page, string label, decimal amount, string currency, bool bold = false)
    {
        var font = bold ? page.Bold : page.Regular;
        page.Text(label, LabelX, font);
        page.TextRight($"{DocumentText.Amount(amount, currency)} {currency}", PageWriter.Right, font);
        page.Y += PageWriter.LineHeight;
    }

    private static void Line(PageWriter page, string text, double x, PdfSharp.Drawing.XFont? font = null)
    {
        page.Text(text, x, font);
        page.Y += PageWriter.LineHeight;
    }
}
