using PdfSharp.Fonts;

namespace CleanPlatform.Infrastructure.Billing.Documents;

/// <summary>
/// The one typeface invoices are set in, DejaVu Sans regular and bold, read from this assembly: PDFsharp finds no
/// system fonts on Linux, and the PDF must not depend on what the machine has installed. Every family asked for
/// resolves to it.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    /// <summary>The family name documents ask for.</summary>
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly EmbeddedFonts Instance = new();
    private static readonly Lock Installing = new();
    private static readonly Dictionary<string, Lazy<byte[]>> Faces = new(StringComparer.Ordinal)
    {
        [Regular] = new(() => Read(Regular)),
        [Bold] = new(() => Read(Bold)),
    };

    private EmbeddedFonts() { }

    /// <summary>Makes these fonts PDFsharp's, once per process, whichever thread renders first.</summary>
    public static void Install()
    {
        lock (Installing)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
                GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var face) ? face.Value : null;

    private static byte[] Read(string face)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(
            $"CleanPlatform.Infrastructure.Billing.Documents.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"The font {face}.ttf is not embedded in the Infrastructure assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
