using CleanPlatform.Application.Billing.Invoices.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CleanPlatform.Infrastructure.Billing.Documents;

/// <summary>
/// Renders billing documents with PDFsharp in the embedded typeface (<see cref="EmbeddedFonts"/>): A4 pages laid out by
/// <see cref="InvoiceLayout"/>, each footed with the number and "Page n of m", dated with the issue date.
/// </summary>
internal sealed class InvoicePdfRenderer : IInvoicePdfRenderer
{
    public byte[] Render(InvoiceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        EmbeddedFonts.Install();
        using var pdf = new PdfDocument();
        var issued = document.IssueDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        pdf.Info.Title = $"{document.Title} {document.Number}";
        pdf.Info.Author = document.Seller.Name;
        pdf.Info.Creator = "CleanPlatform";
        pdf.Info.CreationDate = issued;
        pdf.Info.ModificationDate = issued;
        using (var page = new PageWriter(pdf))
            InvoiceLayout.Write(page, document);
        Footers(pdf, document.Number);
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Footers(PdfDocument pdf, string number)
    {
        var font = new XFont(EmbeddedFonts.Family, 8, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        for (var i = 0; i < pdf.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            graphics.DrawString($"{number} · Page {i + 1} of {pdf.PageCount}", font, XBrushes.Gray,
                PageWriter.Right, 800, XStringFormats.TopRight);
        }
    }
}
