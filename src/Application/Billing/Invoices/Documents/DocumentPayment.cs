namespace CleanPlatform.Application.Billing.Invoices.Documents;

/// <summary>
/// How to pay: by when (<paramref name="DueDate"/>, null for a credit note), the terms in words, and the seller's
/// account (IBAN, BIC, bank).
/// </summary>
public sealed record DocumentPayment(DateOnly? DueDate, string Terms, string Iban, string Bic, string BankName);
