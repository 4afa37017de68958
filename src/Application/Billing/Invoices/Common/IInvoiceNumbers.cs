namespace CleanPlatform.Application.Billing.Invoices.Common;

/// <summary>Gapless invoice numbers (billing.md §2).</summary>
public interface IInvoiceNumbers
{
    /// <summary>
    /// The next number of <paramref name="series"/> in <paramref name="year"/>, from a counter row locked until the current
    /// transaction ends: a rolled-back finalization gives its number back, and concurrent ones wait their turn.
    /// </summary>
    Task<long> NextAsync(string series, int year, CancellationToken ct);
}
