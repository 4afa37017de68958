namespace CleanPlatform.Application.Billing.Invoices.Common;

/// <summary>
/// Amounts as the API writes them: money with its currency's decimals (34.51, not the column's 34.5100), quantities and
/// unit prices without trailing zeros (1, 0.0008).
/// </summary>
internal static class Amounts
{
    public static decimal Money(decimal amount, string currency) => new Money(amount, currency).Amount;

    // Dividing by 1 written with 28 decimals gives the same value at the smallest scale that holds it.
    public static decimal Trimmed(decimal value) => value / 1.0000000000000000000000000000m;
}
