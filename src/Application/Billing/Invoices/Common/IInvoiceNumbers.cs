namespace CleanPlatform.Application.Billing.Invoices.Common;

/// <summary>Gapless invoice numbers (billing.md §2).</summary>
public interface IInvoiceNumbers
{
    /// <summary>
    /// Takes the next <paramref name="count"/> numbers of <paramref name="series"/> in <paramref name="year"/> at once and
    /// returns the first, from a counter row locked until the current transaction ends: a rolled-back finalization gives
    /// its numbers back, and concurrent ones wait their turn.
    /// </summary>
    Task<long> TakeAsync(string series, int year, int count, CancellationToken ct);

    /// <summary>The next number of <paramref name="series"/> in <paramref name="year"/>, as <see cref="TakeAsync"/> takes it.</summary>
    Task<long> NextAsync(string series, int year, CancellationToken ct) => TakeAsync(series, year, 1, ct);
}
