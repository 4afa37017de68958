using UglyToad.PdfPig;

namespace CleanPlatform.TestSupport;

/// <summary>The text of a PDF as a reader would find it, read back with PdfPig: each page's words, separated by one space.</summary>
public static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(word => word.Text)))];
    }

    /// <summary>Every page's text, in order, as one string.</summary>
    public static string Of(byte[] pdf) => string.Join(' ', Pages(pdf));
}
