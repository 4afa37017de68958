namespace CleanPlatform.Application.Billing.Invoices.Documents;

/// <summary>
/// One row of the VAT breakdown (billing.md §1): the lines' net at one category and rate, the rate in percent and
/// the VAT on it. <paramref name="CategoryCode"/> is the EN 16931 code: S, AE or O.
/// </summary>
public sealed record DocumentVatRow(string CategoryCode, decimal Rate, decimal Taxable, decimal Vat);
