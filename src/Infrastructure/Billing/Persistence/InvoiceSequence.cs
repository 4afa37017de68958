namespace CleanPlatform.Infrastructure.Billing.Persistence;

/// <summary>
/// The last number given in one invoice series and year: the counter row <see cref="InvoiceNumbers"/> takes, locked,
/// inside the finalize transaction (billing.md §2: never a database sequence, which leaves gaps on rollback).
/// </summary>
internal sealed class InvoiceSequence
{
    public string Series { get; set; } = "";

    public int Year { get; set; }

    public long Last { get; set; }
}
