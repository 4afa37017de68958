namespace CleanPlatform.Application.Billing.Invoices.Documents;

/// <summary>The invoice a credit note corrects, as the credit note must cite it (billing.md §2, §11): number and date.</summary>
public sealed record CreditedInvoice(string Number, DateOnly IssueDate);
