using System.Security.Cryptography;

namespace CleanPlatform.Domain.Billing.Invoicing;

/// <summary>
/// A finalized invoice's PDF as it was rendered and stored, with the SHA-256 of its bytes (billing.md §2): one per
/// invoice, never changed after, downloaded and attached as it is.
/// </summary>
public sealed class InvoicePdf
{
    /// <summary>Length of <see cref="Sha256"/>: 32 bytes in hex.</summary>
    public const int Sha256Length = 64;

    private InvoicePdf() { }

    /// <summary>The invoice it renders.</summary>
    public Guid InvoiceId { get; private set; }

    public byte[] Content { get; private set; } = [];

    /// <summary>The SHA-256 of <see cref="Content"/>, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTimeOffset RenderedAt { get; private set; }

    /// <summary>The PDF <paramref name="content"/> of invoice <paramref name="invoiceId"/>, with its hash.</summary>
    public static InvoicePdf Of(Guid invoiceId, byte[] content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new InvoicePdf
        {
            InvoiceId = invoiceId,
            Content = content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            RenderedAt = now,
        };
    }
}
