namespace CleanPlatform.Application.Billing.Invoices.Documents;

/// <summary>
/// One line as printed: what was sold (its description names the service period when it has one), how many, the
/// unit price excluding VAT and the net, all in the document's currency.
/// </summary>
public sealed record DocumentLine(int Position, string Description, decimal Quantity, decimal UnitPrice, decimal Net);
