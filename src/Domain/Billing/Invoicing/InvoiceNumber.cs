using System.Globalization;

namespace CleanPlatform.Domain.Billing.Invoicing;

/// <summary>
/// An invoice's or a credit note's place in its series (billing.md §2): series, year and a gapless sequence, written
/// <c>INV-2026-000123</c>.
/// </summary>
public sealed record InvoiceNumber(string Series, int Year, long Sequence)
{
    /// <summary>The series of invoices.</summary>
    public const string Invoices = "INV";

    /// <summary>The series of credit notes: <c>CN-2026-000001</c>.</summary>
    public const string CreditNotes = "CN";

    public const int MaxLength = 32;

    public string Series { get; } = Series;

    public int Year { get; } = Year;

    public long Sequence { get; } = Sequence;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Series}-{Year:D4}-{Sequence:D6}");
}
