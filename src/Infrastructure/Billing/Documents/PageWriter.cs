using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CleanPlatform.Infrastructure.Billing.Documents;

/// <summary>
/// Writes text down A4 pages of a PDF, top to bottom, at a cursor (<see cref="Y"/>): a block that does not fit on the
/// page starts the next one, where <see cref="PageStarted"/> can repeat a table's heading.
/// </summary>
internal sealed class PageWriter : IDisposable
{
    public const double Left = 50;
    public const double Right = 545;
    private const double Top = 50;
    private const double Bottom = 780;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly PdfDocument _pdf;
    private XGraphics? _graphics;

    public PageWriter(PdfDocument pdf)
    {
        _pdf = pdf;
        NewPage();
    }

    public XFont Regular { get; } = new(EmbeddedFonts.Family, 9, XFontStyleEx.Regular, Unicode);

    public XFont Bold { get; } = new(EmbeddedFonts.Family, 9, XFontStyleEx.Bold, Unicode);

    public XFont Heading { get; } = new(EmbeddedFonts.Family, 18, XFontStyleEx.Bold, Unicode);

    /// <summary>Height of one line of 9-point text.</summary>
    public static double LineHeight => 12;

    /// <summary>Where the next line starts, in points from the top of the page.</summary>
    public double Y { get; set; }

    /// <summary>Run when a block moves to a new page, with the cursor at its top.</summary>
    public Action? PageStarted { get; set; }

    private XGraphics Graphics => _graphics!;

    /// <summary>Moves to the next page unless <paramref name="height"/> points still fit on this one.</summary>
    public void Reserve(double height)
    {
        if (Y + height <= Bottom)
            return;
        NewPage();
        PageStarted?.Invoke();
    }

    public void Text(string text, double x, XFont? font = null) =>
        Graphics.DrawString(text, font ?? Regular, XBrushes.Black, x, Y, XStringFormats.TopLeft);

    /// <summary>Writes <paramref name="text"/> ending at <paramref name="right"/>: for amounts.</summary>
    public void TextRight(string text, double right, XFont? font = null) =>
        Graphics.DrawString(text, font ?? Regular, XBrushes.Black, right, Y, XStringFormats.TopRight);

    /// <summary>A thin line across the page under the current line.</summary>
    public void Rule() => Graphics.DrawLine(XPens.Gray, Left, Y, Right, Y);

    /// <summary><paramref name="text"/> cut at spaces (or anywhere in a word too long) into lines of at most <paramref name="width"/> points.</summary>
    public IReadOnlyList<string> Wrap(string text, double width, XFont? font = null)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Fits(candidate, width, font))
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
                lines.Add(current);
            current = word;
            while (!Fits(current, width, font) && current.Length > 1)
            {
                var cut = current.Length - 1;
                while (cut > 1 && !Fits(current[..cut], width, font))
                    cut--;
                lines.Add(current[..cut]);
                current = current[cut..];
            }
        }

        lines.Add(current);
        return lines;
    }

    public void Dispose() => _graphics?.Dispose();

    private bool Fits(string text, double width, XFont? font) =>
        Graphics.MeasureString(text, font ?? Regular).Width <= width;

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _pdf.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        Y = Top;
    }
}
