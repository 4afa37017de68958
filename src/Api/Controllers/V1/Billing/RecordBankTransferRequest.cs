using CleanPlatform.Application.Billing.Payments.RecordBankTransfer;
using CleanPlatform.Application.Common.Models;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>A bank transfer that arrived for an invoice.</summary>
/// <param name="Amount">What arrived, in the invoice's currency: above 0 and at most what is due.</param>
/// <param name="Reference">The transfer's reference as the bank statement shows it (the invoice number, as a rule).</param>
/// <param name="ReceivedAt">The transfer's value date; not in the future.</param>
public sealed record RecordBankTransferRequest(MoneyDto Amount, string Reference, DateTimeOffset ReceivedAt)
{
    public RecordBankTransfer ToCommand(Guid invoiceId) => new(invoiceId, Amount, Reference, ReceivedAt);
}
